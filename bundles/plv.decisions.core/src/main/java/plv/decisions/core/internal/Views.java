package plv.decisions.core.internal;

import java.util.List;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.ReviewStatus;
import plv.platform.api.Actor;

/** Turns entities into the records a given reader may see, withholding exempt text from those not entitled to it. */
final class Views {

    private Views() {
    }

    static String withheld(Integer paragraph) {
        return "Withheld: exempt information under Schedule 12A paragraph " + paragraph + " of the Local Government Act 1972.";
    }

    static CouncilDecision decision(DecisionData data, CouncilDecisionEntity e, Actor reader) {
        CouncilDecisionDraft d = e.draft();
        boolean withhold = d.exempt() && !Access.mayReadExempt(reader, d.councilGss());
        if (withhold) {
            String w = withheld(d.exemptParagraph());
            d = new CouncilDecisionDraft(d.councilGss(), d.reference(), d.title(), d.decisionMaker(), d.decisionMakerDetail(),
                    d.meeting(), d.decisionDate(), d.keyDecision(), d.keyDecisionReason(), d.noticePublished(),
                    d.decisionDue(), d.noticeException(), d.noticeExceptionReason(), true, d.exemptParagraph(),
                    d.decidedToJoin(), w, w, w, null, null, d.callInApplies(), d.implementedOn(), d.status(), List.of(),
                    d.leads(), d.published(), d.exceptionDetails(), d.privateMeeting(), d.illustrative());
        }
        return new CouncilDecision(e.id, e.version, data.councilName(e.councilGss), d, data.rules.callInEnds(e.draft()),
                data.rules.warnings(e.draft()), withhold);
    }

    static OfficerDecision officerDecision(DecisionData data, OfficerDecisionEntity e, Actor reader) {
        OfficerDecisionDraft full = e.draft();
        OfficerDecisionDraft d = full;
        boolean withhold = d.exempt() && !Access.mayReadExempt(reader, e.councilGss);
        if (withhold) {
            String w = withheld(d.exemptParagraph());
            d = new OfficerDecisionDraft(d.decisionDate(), d.title(), w, w, w, d.officerName(), d.officerPost(),
                    List.of(), null, null, List.of(), null, true, d.exemptParagraph(), d.matter(), d.publishedOn());
        }
        boolean open = e.reviewStatus == ReviewStatus.AWAITING_REVIEW || e.reviewStatus == ReviewStatus.QUERIED;
        boolean overdue = open && data.today().isAfter(e.reviewDue);
        return new OfficerDecision(e.id, e.version, e.delegationId, e.councilGss, d, e.reviewStatus, e.reviewDue, overdue,
                withhold ? null : e.openQuery, withhold ? null : e.queryAnswer, withhold,
                data.rules.publicationWarnings(full, data.today()));
    }
}
