package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_ITEM (private to this bundle). */
@Entity
@Table(name = "BRD_ITEM")
class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "ITEM_NO") int number;
    String title;
    @Column(name = "PUBLIC_TITLE") String publicTitle;
    boolean exempt;
    @Column(name = "EXEMPT_PARAGRAPH") Integer exemptParagraph;
    @Column(name = "EXEMPT_REASON") String exemptReason;
    @Column(name = "MINUTE_TEXT") String minute;
    @Column(name = "APPROVES_MEETING_ID") Long approvesMeetingId;
    @Column(name = "APPROVES_CORRECTION_ID") Long approvesCorrectionId;
    boolean decided;
    @Column(name = "RESOLUTION_TEXT") String resolution;
    String proposer;
    String seconder;
    boolean consensus;
    @Column(name = "VOTES_FOR") int votesFor;
    @Column(name = "VOTES_AGAINST") int votesAgainst;
    int abstentions;
    @Column(name = "NOT_VOTING") String notVoting;
    String presenter;
    @Column(name = "DECISION_SOUGHT") String decisionSought;
}
