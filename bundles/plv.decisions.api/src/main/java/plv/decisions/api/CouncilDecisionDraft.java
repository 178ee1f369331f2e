package plv.decisions.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a council decided about the PLV, as entered or imported: the shape of a forward plan entry and of the record of
 * an executive decision (Executive Arrangements Regulations 2012 regs 9 and 12–13).
 *
 * @param councilGss            GSS code of the deciding council, e.g. {@code E09000010}
 * @param reference             the council's own reference, e.g. {@code KD 5483}
 * @param title                 e.g. "Membership of the jointly owned Pan-London Vehicle for Commissioning"
 * @param decisionMaker         who decides
 * @param decisionMakerDetail   e.g. "Cabinet Member for Children's Services", or null
 * @param meeting               the meeting, e.g. "Cabinet, 8 February 2023", or null for a decision outside a meeting
 * @param decisionDate          the date decided (null while on the forward plan)
 * @param keyDecision           whether it is a key decision
 * @param keyDecisionReason     why it is (or is not) key, e.g. "Significant impact on 2 or more wards"
 * @param noticePublished       date the key decision notice was first published
 * @param decisionDue           date the decision is due, as published
 * @param noticeException       general exception or special urgency when 28 clear days' notice was not given
 * @param noticeExceptionReason why the exception was used
 * @param exempt                Part 2 (exempt) under Schedule 12A of the Local Government Act 1972
 * @param exemptParagraph       the Schedule 12A paragraph (1–7) when exempt
 * @param decidedToJoin         whether the decision is that the council joins the PLV
 * @param decision              the decision as recorded
 * @param reasons               reasons for the decision
 * @param alternativesRejected  alternatives considered and rejected
 * @param conflictsDeclared     conflicts of interest declared, or null
 * @param dispensations         dispensations granted, or null
 * @param callInApplies         whether the decision is subject to call-in (executive decisions)
 * @param implementedOn         the date it was implemented, or null
 * @param status                where it stands
 * @param documentLinks         links to the council's published documents
 * @param leads                 lead member, lead director, department and contact (never null)
 * @param published             the day the decision was published; the call-in period counts from it, or null
 * @param exceptionDetails      the dates and agreement a general exception or special urgency needs (never null)
 * @param privateMeeting        whether it was taken in private, and the reg 5 notices (never null)
 * @param illustrative          true for a made-up record in demonstration data, shown as such: it is not what the
 *                              named council did
 */
public record CouncilDecisionDraft(String councilGss, String reference, String title, DecisionMaker decisionMaker,
        String decisionMakerDetail, String meeting, LocalDate decisionDate, boolean keyDecision, String keyDecisionReason,
        LocalDate noticePublished, LocalDate decisionDue, NoticeException noticeException, String noticeExceptionReason,
        boolean exempt, Integer exemptParagraph, boolean decidedToJoin, String decision, String reasons,
        String alternativesRejected, String conflictsDeclared, String dispensations, boolean callInApplies,
        LocalDate implementedOn, DecisionStatus status, List<String> documentLinks, DecisionLeads leads,
        LocalDate published, ExceptionDetails exceptionDetails, PrivateMeeting privateMeeting, boolean illustrative) {

    public CouncilDecisionDraft {
        noticeException = noticeException == null ? NoticeException.NONE : noticeException;
        documentLinks = documentLinks == null ? List.of() : List.copyOf(documentLinks);
        leads = leads == null ? DecisionLeads.NONE : leads;
        exceptionDetails = exceptionDetails == null ? ExceptionDetails.NONE : exceptionDetails;
        privateMeeting = privateMeeting == null ? PrivateMeeting.PUBLIC : privateMeeting;
    }
}
