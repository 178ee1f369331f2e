package plv.decisions.web.internal;


import java.util.ArrayList;
import java.util.List;

import plv.platform.api.web.route.Reply;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.CouncilStanding;
import plv.platform.web.api.CsvWriter;

/**
 * CSV downloads. The decisions export uses the import's column names, so an exported file imports again. Cells that a
 * spreadsheet would read as a formula are prefixed with an apostrophe.
 */
final class CsvExport {

    static final List<String> DECISION_COLUMNS = List.of("councilGss", "reference", "title", "decisionMaker",
            "decisionMakerDetail", "meeting", "decisionDate", "keyDecision", "keyDecisionReason", "noticePublished",
            "decisionDue", "noticeException", "noticeExceptionReason", "exempt", "exemptParagraph", "decidedToJoin",
            "decision", "reasons", "alternativesRejected", "conflictsDeclared", "dispensations", "callInApplies",
            "implementedOn", "status", "documentLinks", "leadMember", "leadDirector", "department", "contact", "published",
            "chairInformedOn", "publicNoticeOn", "urgencyAgreedBy", "urgencyAgreedOn", "heldInPrivate",
            "privateIntentionNoticeOn", "privateReasonsNoticeOn");

    private CsvExport() {
    }

    static Reply decisions(List<CouncilDecision> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (CouncilDecision cd : list) {
            CouncilDecisionDraft d = cd.details();
            rows.add(java.util.Arrays.asList(d.councilGss(), d.reference(), d.title(), d.decisionMaker(), d.decisionMakerDetail(),
                    d.meeting(), d.decisionDate(), d.keyDecision(), d.keyDecisionReason(), d.noticePublished(), d.decisionDue(),
                    d.noticeException(), d.noticeExceptionReason(), d.exempt(), d.exemptParagraph(), d.decidedToJoin(),
                    d.decision(), d.reasons(), d.alternativesRejected(), d.conflictsDeclared(), d.dispensations(),
                    d.callInApplies(), d.implementedOn(), d.status(), String.join(" | ", d.documentLinks()),
                    d.leads().leadMember(), d.leads().leadDirector(), d.leads().department(), d.leads().contact(), d.published(),
                    d.exceptionDetails().chairInformedOn(), d.exceptionDetails().publicNoticeOn(),
                    d.exceptionDetails().urgencyAgreedBy(), d.exceptionDetails().urgencyAgreedOn(),
                    d.privateMeeting().heldInPrivate(), d.privateMeeting().intentionNoticeOn(),
                    d.privateMeeting().reasonsNoticeOn()));
        }
        return CsvWriter.download("council-decisions.csv", DECISION_COLUMNS, rows);
    }

    static Reply standings(List<CouncilStanding> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (CouncilStanding s : list) {
            rows.add(java.util.Arrays.asList(s.authority().gss(), s.authority().name(), s.authority().subRegion(),
                    s.standing().label(), s.decisionReference(), s.decisionMaker() == null ? null : s.decisionMaker().label(),
                    s.decisionDate(), s.decidedToJoin(), s.delegatedFinalDetermination(), s.awaitingReview(), s.queried(),
                    s.confirmed(), s.outsideDelegation(), s.overdue()));
        }
        return CsvWriter.download("councils-overview.csv", List.of("gss", "council", "subRegion", "standing", "reference", "decisionMaker",
                "decisionDate", "decidedToJoin", "delegatedFinalDetermination", "awaitingReview", "queried", "confirmed",
                "outsideDelegation", "overdue"), rows);
    }
}
