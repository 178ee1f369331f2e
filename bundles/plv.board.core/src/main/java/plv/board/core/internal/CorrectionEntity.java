package plv.board.core.internal;

import jakarta.persistence.*;

/** Row of BRD_CORRECTION (private to this bundle): a correction to an approved minute, applied once approved at a meeting. */
@Entity
@Table(name = "BRD_CORRECTION")
class CorrectionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "ITEM_ID") long itemId;
    @Column(name = "OLD_MINUTE") String oldMinute;
    @Column(name = "NEW_MINUTE") String newMinute;
    String reason;
    @Column(name = "APPROVAL_ITEM_ID") Long approvalItemId;
    @Column(name = "APPROVED_AT_MEETING_ID") Long approvedAtMeetingId;
    @Column(name = "APPLIED_VERSION") Integer appliedVersion;
}
