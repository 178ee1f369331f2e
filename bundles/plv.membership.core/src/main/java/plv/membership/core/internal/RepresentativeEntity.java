package plv.membership.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A corporate representative appointment (MEM_REPRESENTATIVE). */
@Entity
@Table(name = "MEM_REPRESENTATIVE")
public class RepresentativeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "MEMBER_ID")
    Long memberId;
    @Column(name = "PERSON_NAME")
    String personName;
    @Column(name = "APPOINTED_ON")
    LocalDate appointedOn;
    @Column(name = "APPOINTED_BY")
    String appointedBy;
    @Column(name = "CEASED_ON")
    LocalDate ceasedOn;
    @Version
    long version;
}
