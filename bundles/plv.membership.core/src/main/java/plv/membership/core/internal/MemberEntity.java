package plv.membership.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A London authority on the register (MEM_MEMBER). */
@Entity
@Table(name = "MEM_MEMBER")
public class MemberEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "GSS_CODE")
    String gssCode;
    String name;
    @Column(name = "SUB_REGION")
    String subRegion;
    String address;
    @Column(name = "CONTACT_EMAIL")
    String contactEmail;
    @Column(name = "DECISION_REF")
    String decisionRef;
    @Column(name = "DECISION_MAKER")
    String decisionMaker;
    @Column(name = "DECISION_DATE")
    LocalDate decisionDate;
    @Version
    long version;
}
