package plv.membership.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member's agreement with its own terms (MEM_AGREEMENT). */
@Entity
@Table(name = "MEM_AGREEMENT")
public class AgreementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "MEMBER_ID")
    Long memberId;
    @Column(name = "TEMPLATE_ID")
    Long templateId;
    @Embedded
    TermColumns terms;
    @Column(name = "JOINED_ON")
    LocalDate joinedOn;
    @Version
    long version;
}
