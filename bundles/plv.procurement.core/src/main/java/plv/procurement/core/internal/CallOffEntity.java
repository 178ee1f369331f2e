package plv.procurement.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of PROC_CALL_OFF. */
@Entity
@Table(name = "PROC_CALL_OFF")
public class CallOffEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ARRANGEMENT_ID")
    Long arrangementId;
    @Column(name = "REFERENCE")
    String reference;
    @Column(name = "REQUIREMENT")
    String requirement;
    @Column(name = "INVITED_ON")
    LocalDate invitedOn;
    @Column(name = "BIDS_CLOSE_ON")
    LocalDate bidsCloseOn;
    @Column(name = "AWARDED_TO")
    String awardedTo;
    @Column(name = "AWARD_NOTICE_ON")
    LocalDate awardNoticeOn;
    @Column(name = "STANDSTILL_ENDS_ON")
    LocalDate standstillEndsOn;
    @Version
    @Column(name = "VERSION")
    long version;
}
