package plv.board.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * Board and general meetings: agenda, papers, attendance and quorum, interests, decisions, actions and minutes.
 * Changes are the secretary's. Readers who may not see exempt material get Part 2 items reduced to their public
 * title and paragraph. Once minutes are approved the meeting's record is locked; a correction is approved at a later
 * meeting and makes a new version.
 */
@ProviderType
public interface Meetings {

    /** All meetings, newest first. */
    List<Meeting> meetings(Actor actor);

    /** @throws plv.platform.api.NotFoundException when there is no such meeting */
    Meeting meeting(Actor actor, long id);

    /**
     * Plans a meeting; its agenda starts with "Minutes of the previous meeting" when an earlier meeting of the same
     * type exists.
     */
    Meeting plan(Actor actor, MeetingPlan plan);

    Meeting changeStatus(Actor actor, long meetingId, MeetingStatus status);

    /** Adds an item at the end of the agenda. */
    AgendaItem addItem(Actor actor, long meetingId, ItemDraft draft);

    /** Changes an item's minute narrative (before the minutes are approved). */
    AgendaItem writeMinute(Actor actor, long itemId, String minute);

    /**
     * Moves an item to {@code position} (1 = first) on its meeting's agenda; the items in between move up or down one.
     */
    AgendaItem moveItem(Actor actor, long itemId, int position);

    /** Changes who presents an item and the decision it seeks. */
    AgendaItem describeItem(Actor actor, long itemId, String presenter, String decisionSought);

    /**
     * Adds an uploaded PDF paper to an item. Refused (nothing stored) when the content is not a readable PDF, is
     * encrypted, or is larger than {@link Paper#MAX_BYTES}. A paper of a Part 2 item is exempt whatever is asked; an
     * exempt paper of a Part 1 item needs its Schedule 12A paragraph.
     */
    Paper uploadPaper(Actor actor, long itemId, String title, String fileName, byte[] pdf, boolean exempt,
            Integer exemptParagraph);

    /** Adds a paper written in the suite (plain text, paragraphs separated by blank lines); confidentiality as above. */
    Paper writePaper(Actor actor, long itemId, String title, String text, boolean exempt, Integer exemptParagraph);

    /**
     * A new version of a paper: a PDF for an uploaded paper ({@code fileName} and {@code pdf}), a text for a written
     * one ({@code text}). The title and confidentiality stay; earlier versions stay readable.
     */
    Paper revisePaper(Actor actor, long paperId, String fileName, byte[] pdf, String text);

    /** Every version of a paper, oldest first (exempt papers only for directors and the secretary). */
    List<Paper> paperVersions(Actor actor, long paperId);

    /** A paper version's details (exempt papers only for directors and the secretary). */
    Paper paper(Actor actor, long paperVersionId);

    /**
     * Records that the agenda and papers were sent on {@code sentOn}; the dispatch deadline then leaves the deadlines
     * page. Sending later than the deadline is recorded, and the meeting page says how many clear days were given.
     */
    Meeting recordPapersSent(Actor actor, long meetingId, LocalDate sentOn);

    /** Attaches a paper, stored with its SHA-256. */
    Paper attachPaper(Actor actor, long itemId, String title, String fileName, String mediaType, byte[] content);

    /** A paper's content; exempt papers only for directors and the secretary. */
    byte[] paperContent(Actor actor, long paperId);

    /**
     * Records a person's attendance. A director ({@link Capacity#DIRECTOR}) is named by {@code directorId}, their entry
     * in the register of directors, and must hold office on the day of the meeting; a member's corporate
     * representative is recorded with {@link #recordRepresentative} instead.
     */
    Attendance recordAttendance(Actor actor, long meetingId, String personName, Long directorId, Capacity capacity,
            AttendanceStatus status, Integer arrivedAtItem, Integer leftAfterItem);

    /**
     * Records a member's attendance at a meeting through its corporate representative (s323): the person is the
     * representative the register of members shows for {@code memberGss} on the day of the meeting. Refused when the
     * member is not on the register that day or has no representative appointed.
     */
    Attendance recordRepresentative(Actor actor, long meetingId, String memberGss, AttendanceStatus status,
            Integer arrivedAtItem, Integer leftAfterItem);

    void declareInterest(Actor actor, long itemId, Interest interest);

    /**
     * Records the decision on an item. Refused when the meeting was not quorate for the item. Deciding a
     * "Minutes of the previous meeting" item approves those minutes.
     */
    AgendaItem decide(Actor actor, long itemId, Decision decision);

    Action addAction(Actor actor, long itemId, String description, String owner, LocalDate dueOn);

    Action completeAction(Actor actor, long actionId, LocalDate doneOn);

    /**
     * Approves the minutes: both PDFs are made, signed for the chair with the company's key (PAdES, a visible signature
     * block), kept with their SHA-256, and the record is locked.
     */
    MinutesVersion approveMinutes(Actor actor, long meetingId, String reason);

    /**
     * Proposes a correction to an approved minute. Approved minutes are corrected only by a further approval recorded
     * at a meeting: this puts an item "Correction to the minutes of the meeting of ..." on the agenda of the later
     * meeting {@code atMeetingId} (Part 2 when the corrected item is). Deciding that item (carried) applies the
     * correction: a new approved version of the minutes that says what changed, approved where; earlier versions stay
     * as they were and readable.
     *
     * @return the agenda item added to the later meeting
     */
    AgendaItem proposeCorrection(Actor actor, long itemId, String minute, String reason, long atMeetingId);

    /**
     * The minutes as PDF/A: the kept file of the newest approved version, or a fresh DRAFT. The confidential
     * edition only for directors and the secretary; {@code actor} null (not signed in) gets approved public minutes only.
     */
    byte[] minutesPdf(Actor actor, long meetingId, MinutesEdition edition);

    /**
     * The kept PDF/A of approved version {@code versionNumber} (1, 2, ...): an original stays readable after a
     * correction. Same access rules as {@link #minutesPdf(Actor, long, MinutesEdition)}.
     *
     * @throws plv.platform.api.NotFoundException when there is no such approved version
     */
    byte[] minutesPdf(Actor actor, long meetingId, MinutesEdition edition, int versionNumber);

    /**
     * The signature on each kept edition of each approved version of the minutes, oldest version first, public edition
     * before confidential: who signed, for whom, when, and whether the signature still verifies (the CMS signature over
     * the signed bytes, the document digest, nothing added since, the company's key). The confidential edition only
     * for directors and the secretary; {@code actor} null (not signed in) gets the public edition's.
     */
    List<MinutesSignature> minutesSignatures(Actor actor, long meetingId);

    /**
     * Writes the meeting's agenda pack, PDF/A-2b, to {@code out}: a cover, the agenda with the page each paper starts
     * on, then the newest version of each paper. The public edition lists Part 2 items by their published title and
     * paragraph only and holds no exempt paper; the confidential edition holds everything and only directors and the
     * secretary may have it. {@code actor} null (not signed in) gets the public edition of a meeting whose agenda is
     * published (status agenda published or later) only. Nothing is written when refused.
     */
    void pack(Actor actor, long meetingId, MinutesEdition edition, java.io.OutputStream out);

    /** Meetings as an RFC 5545 iCalendar. */
    String calendar(Actor actor);
}
