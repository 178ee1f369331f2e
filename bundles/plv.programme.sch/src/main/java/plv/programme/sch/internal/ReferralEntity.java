package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A council's referral of a child, by the council's pseudonymous reference. */
@Entity
@Table(name = "PRG_SCH_REFERRAL")
public class ReferralEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "PSEUDONYM_REF")
    String reference;
    @Column(name = "COUNCIL_GSS")
    String councilGss;
    @Column(name = "COUNCIL_NAME")
    String councilName;
    @Column(name = "IS_MEMBER")
    int member;
    @Column(name = "SUB_REGION")
    String subRegion;
    @Column(name = "RECEIVED_ON")
    LocalDate receivedOn;
    @Column(name = "AGE_BAND")
    String ageBand;
    @Column(name = "LEGAL_BASIS")
    String legalBasis;
    @Column(name = "NEEDS")
    String needs;
    @Column(name = "URGENCY")
    String urgency;
    @Column(name = "DISTANCE_MILES")
    Integer distanceMiles;
    @Column(name = "NOTES")
    String notes;
    @Column(name = "DECISION")
    String decision;
    @Column(name = "DECISION_REASON")
    String decisionReason;
    @Column(name = "DECIDED_ON")
    LocalDate decidedOn;
    @Column(name = "DECIDED_BY")
    String decidedBy;
    @Column(name = "RESERVE_AUTHORISED_BY")
    String reserveAuthorisedBy;
    @Version
    @Column(name = "VERSION")
    long version;
}
