package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionWarning;
import plv.decisions.api.ExceptionDetails;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.PrivateMeeting;
import plv.platform.api.time.WorkingDays;

/**
 * The date rules a council decision and an officer decision record are checked against (Local Authorities (Executive
 * Arrangements) (Meetings and Access to Information) (England) Regulations 2012, SI 2012/2089; Openness of Local
 * Government Bodies Regulations 2014, SI 2014/2095). Each rule is listed with its source and a worked example in
 * {@code docs/rules/council-decisions.md}. A breach is a warning beside the record, not a refusal: the record says
 * what happened.
 */
final class DecisionRules {

    /** Reg 9(1)(a) read with reg 9(2): 28 clear days' notice of a key decision. */
    static final int KEY_DECISION_CLEAR_DAYS = 28;
    /** Reg 10(1)(c): 5 clear days after the general exception notice is made available. */
    static final int GENERAL_EXCEPTION_CLEAR_DAYS = 5;
    /** Reg 5(2): notice of intention to meet in private 28 clear days before. */
    static final int PRIVATE_INTENTION_CLEAR_DAYS = 28;
    /** Reg 5(4): the further notice with reasons 5 clear days before. */
    static final int PRIVATE_REASONS_CLEAR_DAYS = 5;

    private final WorkingDays workingDays;
    private final int callInWorkingDays;
    private final Map<String, Integer> councilCallInWorkingDays;
    private final int reviewWorkingDays;
    private final int publicationWorkingDays;

    /**
     * @param callInWorkingDays        the call-in period where a council's constitution is not configured
     * @param councilCallInWorkingDays per council (GSS code), the period its constitution sets
     * @param reviewWorkingDays        the monitoring officer's review period
     * @param publicationWorkingDays   after this many working days an unpublished officer decision record is flagged
     */
    DecisionRules(WorkingDays workingDays, int callInWorkingDays, Map<String, Integer> councilCallInWorkingDays,
            int reviewWorkingDays, int publicationWorkingDays) {
        this.workingDays = workingDays;
        this.callInWorkingDays = callInWorkingDays;
        this.councilCallInWorkingDays = Map.copyOf(councilCallInWorkingDays);
        this.reviewWorkingDays = reviewWorkingDays;
        this.publicationWorkingDays = publicationWorkingDays;
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    /** The call-in period, in working days, of the council's constitution. */
    int callInWorkingDays(String councilGss) {
        return councilGss == null ? callInWorkingDays : councilCallInWorkingDays.getOrDefault(councilGss, callInWorkingDays);
    }

    /**
     * Last day of the call-in period: the nth working day after the decision was published (n set per council), or
     * null when call-in does not apply or the publication date is not recorded.
     */
    LocalDate callInEnds(CouncilDecisionDraft d) {
        if (!d.callInApplies() || d.published() == null) {
            return null;
        }
        return workingDays.after(d.published(), callInWorkingDays(d.councilGss()));
    }

    /** By when the monitoring officer should review an officer decision recorded on {@code recordedOn}. */
    LocalDate reviewDue(LocalDate recordedOn) {
        return workingDays.after(recordedOn, reviewWorkingDays);
    }

    /** The day after which an officer decision record not yet published is flagged. */
    LocalDate publicationPrompt(LocalDate decided) {
        return workingDays.after(decided, publicationWorkingDays);
    }

    List<DecisionWarning> warnings(CouncilDecisionDraft d) {
        List<DecisionWarning> out = new ArrayList<>();
        LocalDate decided = d.decisionDate() != null ? d.decisionDate() : d.decisionDue();
        if (d.keyDecision()) {
            switch (d.noticeException()) {
                case NONE -> noticeWarning(d, decided, out);
                case GENERAL_EXCEPTION -> generalException(d, decided, out);
                case SPECIAL_URGENCY -> specialUrgency(d, out);
            }
        }
        privateMeeting(d, decided, out);
        LocalDate ends = callInEnds(d);
        if (ends != null && d.implementedOn() != null && !d.implementedOn().isAfter(ends)) {
            out.add(new DecisionWarning(DecisionWarning.CALL_IN, "Decision " + d.reference() + " was implemented on "
                    + d.implementedOn() + ", before its call-in period (" + callInWorkingDays(d.councilGss())
                    + " working days from publication on " + d.published() + ") ended on " + ends
                    + "; it could be implemented from " + ends.plusDays(1) + "."));
        }
        return out;
    }

    private static void noticeWarning(CouncilDecisionDraft d, LocalDate decided, List<DecisionWarning> out) {
        if (d.noticePublished() == null) {
            out.add(new DecisionWarning(DecisionWarning.NOTICE_MISSING, "Key decision " + d.reference()
                    + " has no date of first publication of its notice and no general exception or special urgency:"
                    + " record the date the notice was first published, or the exception used."));
            return;
        }
        if (decided != null && !clear(d.noticePublished(), decided, KEY_DECISION_CLEAR_DAYS)) {
            out.add(new DecisionWarning(DecisionWarning.NOTICE_PERIOD, "Notice of key decision " + d.reference()
                    + " was first published on " + d.noticePublished() + ", only "
                    + WorkingDays.clearDaysBetween(d.noticePublished(), decided) + " clear days before the decision on "
                    + decided + "; 28 clear days are required (earliest decision "
                    + earliest(d.noticePublished(), KEY_DECISION_CLEAR_DAYS)
                    + ") unless general exception or special urgency is recorded."));
        }
    }

    /** Reg 10: the chair informed in writing, that notice made public, and the decision after 5 clear days. */
    private static void generalException(CouncilDecisionDraft d, LocalDate decided, List<DecisionWarning> out) {
        ExceptionDetails x = d.exceptionDetails();
        if (x.chairInformedOn() == null || x.publicNoticeOn() == null) {
            out.add(new DecisionWarning(DecisionWarning.GENERAL_EXCEPTION, "Key decision " + d.reference()
                    + " used the general exception (reg 10) but does not record "
                    + (x.chairInformedOn() == null ? "the date the chair of overview and scrutiny was informed" : "")
                    + (x.chairInformedOn() == null && x.publicNoticeOn() == null ? " or " : "")
                    + (x.publicNoticeOn() == null ? "the date the notice was made public" : "")
                    + ": record both dates."));
            return;
        }
        if (x.chairInformedOn().isAfter(x.publicNoticeOn())) {
            out.add(new DecisionWarning(DecisionWarning.GENERAL_EXCEPTION, "The general exception notice for "
                    + d.reference() + " was made public on " + x.publicNoticeOn() + ", before the chair of overview and"
                    + " scrutiny was informed on " + x.chairInformedOn() + "; the public notice is a copy of the notice"
                    + " to the chair (reg 10(1)(b))."));
        }
        if (decided != null && !clear(x.publicNoticeOn(), decided, GENERAL_EXCEPTION_CLEAR_DAYS)) {
            out.add(new DecisionWarning(DecisionWarning.GENERAL_EXCEPTION, "Key decision " + d.reference()
                    + " was taken on " + decided + ", " + WorkingDays.clearDaysBetween(x.publicNoticeOn(), decided)
                    + " clear days after the general exception notice of " + x.publicNoticeOn()
                    + "; reg 10(1)(c) requires 5 clear days (earliest decision "
                    + earliest(x.publicNoticeOn(), GENERAL_EXCEPTION_CLEAR_DAYS)
                    + ") unless special urgency is agreed."));
        }
    }

    /** Reg 11: the chair of overview and scrutiny (or the council's chair or vice-chair) agreed, before the decision. */
    private static void specialUrgency(CouncilDecisionDraft d, List<DecisionWarning> out) {
        ExceptionDetails x = d.exceptionDetails();
        if (x.urgencyAgreedBy() == null || x.urgencyAgreedBy().isBlank() || x.urgencyAgreedOn() == null) {
            out.add(new DecisionWarning(DecisionWarning.SPECIAL_URGENCY, "Key decision " + d.reference()
                    + " used special urgency (reg 11) but does not record who agreed that it was urgent and could not"
                    + " reasonably be deferred, and when: record the chair of overview and scrutiny (or the council's"
                    + " chair or vice-chair) and the date."));
            return;
        }
        if (d.decisionDate() != null && x.urgencyAgreedOn().isAfter(d.decisionDate())) {
            out.add(new DecisionWarning(DecisionWarning.SPECIAL_URGENCY, "Special urgency for " + d.reference()
                    + " was agreed by " + x.urgencyAgreedBy() + " on " + x.urgencyAgreedOn() + ", after the decision on "
                    + d.decisionDate() + "; reg 11(1) allows the decision only once agreement is obtained."));
        }
    }

    /** Reg 5: notice of intention 28 clear days before a private meeting and a further notice 5 clear days before. */
    private static void privateMeeting(CouncilDecisionDraft d, LocalDate meeting, List<DecisionWarning> out) {
        PrivateMeeting p = d.privateMeeting();
        if (!p.heldInPrivate() || meeting == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        notice(problems, "notice of intention to meet in private", p.intentionNoticeOn(), meeting,
                PRIVATE_INTENTION_CLEAR_DAYS, "reg 5(2)");
        notice(problems, "further notice with reasons", p.reasonsNoticeOn(), meeting, PRIVATE_REASONS_CLEAR_DAYS, "reg 5(4)");
        if (!problems.isEmpty()) {
            out.add(new DecisionWarning(DecisionWarning.PRIVATE_MEETING, "Decision " + d.reference()
                    + " was taken in private on " + meeting + ": " + String.join("; ", problems) + "."));
        }
    }

    private static void notice(List<String> problems, String what, LocalDate on, LocalDate meeting, int days, String source) {
        if (on == null) {
            problems.add("the " + what + " is not recorded (" + source + ": at least " + days + " clear days before, by "
                    + latest(meeting, days) + ")");
        } else if (!clear(on, meeting, days)) {
            problems.add("the " + what + " of " + on + " gave " + WorkingDays.clearDaysBetween(on, meeting)
                    + " clear days; " + source + " requires " + days + " (published by " + latest(meeting, days) + ")");
        }
    }

    /**
     * Reg 8 of the 2014 Regulations: the record is made available and published "as soon as reasonably practicable".
     * The regulation sets no number of days; the suite flags a record published, or still unpublished, more than the
     * configured number of working days after the decision, for the secretary to confirm it was as soon as practicable.
     */
    List<DecisionWarning> publicationWarnings(OfficerDecisionDraft d, LocalDate today) {
        if (d.decisionDate() == null) {
            return List.of();
        }
        LocalDate prompt = publicationPrompt(d.decisionDate());
        if (d.publishedOn() == null && today.isAfter(prompt)) {
            return List.of(new DecisionWarning(DecisionWarning.PUBLICATION, "Decision of " + d.decisionDate()
                    + " is not recorded as published; the 2014 Regulations (reg 8) require the record to be made"
                    + " available and published as soon as reasonably practicable, and this suite flags it after "
                    + publicationWorkingDays + " working days (" + prompt + "): record the date published."));
        }
        if (d.publishedOn() != null && d.publishedOn().isAfter(prompt)) {
            return List.of(new DecisionWarning(DecisionWarning.PUBLICATION, "Decision of " + d.decisionDate()
                    + " was published on " + d.publishedOn() + ", more than " + publicationWorkingDays
                    + " working days later (after " + prompt + "); the 2014 Regulations (reg 8) require publication as"
                    + " soon as reasonably practicable: record why it took longer."));
        }
        return List.of();
    }

    /** At least {@code days} clear days (neither end counted) between the notice and the event. */
    static boolean clear(LocalDate notice, LocalDate event, int days) {
        return WorkingDays.clearDaysBetween(notice, event) >= days;
    }

    /** The first day an event may be held after a notice published on {@code notice}. */
    static LocalDate earliest(LocalDate notice, int days) {
        return notice.plusDays(days + 1L);
    }

    /** The last day a notice may be published for an event on {@code event}. */
    static LocalDate latest(LocalDate event, int days) {
        return event.minusDays(days + 1L);
    }
}
