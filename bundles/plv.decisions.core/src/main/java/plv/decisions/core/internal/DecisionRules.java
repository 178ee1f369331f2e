package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionWarning;
import plv.decisions.api.NoticeException;
import plv.platform.api.time.WorkingDays;

/**
 * The date rules a council decision is checked against: 28 clear days' notice of a key decision (unless general
 * exception or special urgency is recorded) and no implementation before the call-in period has ended.
 */
final class DecisionRules {

    private final WorkingDays workingDays;
    private final int callInWorkingDays;
    private final int reviewWorkingDays;

    DecisionRules(WorkingDays workingDays, int callInWorkingDays, int reviewWorkingDays) {
        this.workingDays = workingDays;
        this.callInWorkingDays = callInWorkingDays;
        this.reviewWorkingDays = reviewWorkingDays;
    }

    /** Last day of the call-in period, or null when call-in does not apply or the decision is not yet taken. */
    LocalDate callInEnds(CouncilDecisionDraft d) {
        if (!d.callInApplies() || d.decisionDate() == null) {
            return null;
        }
        return workingDays.after(d.decisionDate(), callInWorkingDays);
    }

    /** By when the monitoring officer should review an officer decision recorded on {@code recordedOn}. */
    LocalDate reviewDue(LocalDate recordedOn) {
        return workingDays.after(recordedOn, reviewWorkingDays);
    }

    List<DecisionWarning> warnings(CouncilDecisionDraft d) {
        List<DecisionWarning> out = new ArrayList<>();
        noticeWarning(d, out);
        LocalDate ends = callInEnds(d);
        if (ends != null && d.implementedOn() != null && !d.implementedOn().isAfter(ends)) {
            out.add(new DecisionWarning(DecisionWarning.CALL_IN, "Decision " + d.reference() + " was implemented on "
                    + d.implementedOn() + ", before its call-in period ended on " + ends
                    + "; it could be implemented from " + ends.plusDays(1) + "."));
        }
        return out;
    }

    private static void noticeWarning(CouncilDecisionDraft d, List<DecisionWarning> out) {
        if (!d.keyDecision() || d.noticeException() != NoticeException.NONE) {
            return;
        }
        LocalDate decided = d.decisionDate() != null ? d.decisionDate() : d.decisionDue();
        if (d.noticePublished() == null) {
            out.add(new DecisionWarning(DecisionWarning.NOTICE_MISSING, "Key decision " + d.reference()
                    + " has no date of first publication of its notice and no general exception or special urgency:"
                    + " record the date the notice was first published, or the exception used."));
            return;
        }
        if (decided != null && !NoticePeriod.respected(d.noticePublished(), decided)) {
            out.add(new DecisionWarning(DecisionWarning.NOTICE_PERIOD, "Notice of key decision " + d.reference()
                    + " was first published on " + d.noticePublished() + ", only "
                    + NoticePeriod.clearDaysBetween(d.noticePublished(), decided) + " clear days before the decision on "
                    + decided + "; 28 clear days are required (earliest decision " + NoticePeriod.earliestDecision(d.noticePublished())
                    + ") unless general exception or special urgency is recorded."));
        }
    }
}
