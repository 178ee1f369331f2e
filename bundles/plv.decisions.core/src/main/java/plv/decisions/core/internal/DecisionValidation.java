package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import plv.decisions.api.Consultation;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.LondonAuthorities;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecisionDraft;
import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/** The checks every record passes before anything is written; each message names the field and the fix. */
final class DecisionValidation {

    private DecisionValidation() {
    }

    static List<FieldError> councilDecision(CouncilDecisionDraft d, LondonAuthorities authorities) {
        List<FieldError> e = new ArrayList<>();
        if (d.councilGss() == null || authorities.byGss(d.councilGss()).isEmpty()) {
            e.add(new FieldError("councilGss", "'" + d.councilGss() + "' is not a London authority's GSS code: use E09000001 to E09000033."));
        }
        required(e, "reference", d.reference(), "the council's reference, e.g. KD 5483");
        required(e, "title", d.title(), "the decision's title");
        if (d.decisionMaker() == null) {
            e.add(new FieldError("decisionMaker", "Choose who decided: full council, cabinet, cabinet member, committee or officer."));
        }
        if (d.status() == null) {
            e.add(new FieldError("status", "Choose a status: forward plan, decided, called in or implemented."));
        } else if (d.status() != DecisionStatus.FORWARD_PLAN && d.decisionDate() == null) {
            e.add(new FieldError("decisionDate", "A decision that is " + d.status().label().toLowerCase() + " needs its decision date."));
        }
        if (d.keyDecision()) {
            required(e, "keyDecisionReason", d.keyDecisionReason(), "why it is a key decision, e.g. significant impact on 2 or more wards");
        }
        if (d.noticeException() != NoticeException.NONE) {
            required(e, "noticeExceptionReason", d.noticeExceptionReason(), "why " + d.noticeException().label() + " was used");
        }
        if (d.noticePublished() != null && d.decisionDue() != null && d.decisionDue().isBefore(d.noticePublished())) {
            e.add(new FieldError("decisionDue", "Decision due " + d.decisionDue() + " is before the notice was published on "
                    + d.noticePublished() + ": correct one of the dates."));
        }
        exemptParagraph(e, d.exempt(), d.exemptParagraph());
        if (d.implementedOn() != null && (d.decisionDate() == null || d.implementedOn().isBefore(d.decisionDate()))) {
            e.add(new FieldError("implementedOn", "Implemented on " + d.implementedOn()
                    + " needs a decision date on or before it: enter the decision date or correct the implementation date."));
        }
        if (d.published() != null && (d.decisionDate() == null || d.published().isBefore(d.decisionDate()))) {
            e.add(new FieldError("published", "Published on " + d.published() + " needs a decision date on or before it:"
                    + " a decision is published after it is taken. Enter the decision date or correct the publication date."));
        }
        if (d.noticeException() == NoticeException.NONE && (d.exceptionDetails().chairInformedOn() != null
                || d.exceptionDetails().publicNoticeOn() != null || d.exceptionDetails().urgencyAgreedOn() != null)) {
            e.add(new FieldError("noticeException", "Dates of a general exception or special urgency are entered, but no"
                    + " exception is chosen: choose the exception used, or clear those dates."));
        }
        if (!d.privateMeeting().heldInPrivate() && (d.privateMeeting().intentionNoticeOn() != null
                || d.privateMeeting().reasonsNoticeOn() != null)) {
            e.add(new FieldError("heldInPrivate", "Private meeting notices are entered, but the decision is not marked as"
                    + " taken in private: tick \"taken in private\" or clear the notice dates."));
        }
        if (d.status() == DecisionStatus.IMPLEMENTED && d.implementedOn() == null) {
            e.add(new FieldError("implementedOn", "An implemented decision needs the date it was implemented."));
        }
        for (String link : d.documentLinks()) {
            if (!link.startsWith("https://") && !link.startsWith("http://")) {
                e.add(new FieldError("documentLinks", "'" + link + "' is not a web address: links start with https://"));
            }
        }
        return e;
    }

    static List<FieldError> delegation(DelegationDraft d, LocalDate decided) {
        List<FieldError> e = new ArrayList<>();
        required(e, "officerPost", d.officerPost(), "the post delegated to, e.g. Director of Children's Services");
        required(e, "scope", d.scope(), "what the officer may decide");
        if (d.financialLimitPence() != null && d.financialLimitPence() < 0) {
            e.add(new FieldError("financialLimit", "A financial limit cannot be negative: enter the limit in pounds, or leave it empty."));
        }
        if (d.consulteePosts().stream().anyMatch(p -> p == null || p.isBlank())) {
            e.add(new FieldError("consulteePosts", "Each consultee needs a post, e.g. Director of Finance: remove the empty line."));
        }
        if (d.conditions().stream().anyMatch(p -> p == null || p.isBlank())) {
            e.add(new FieldError("conditions", "Remove the empty condition."));
        }
        if (d.matters().stream().anyMatch(p -> p == null || p.isBlank())) {
            e.add(new FieldError("matters", "Remove the empty delegated matter."));
        }
        if (d.startsOn() != null && d.expires() != null && !d.expires().isAfter(d.startsOn())) {
            e.add(new FieldError("startsOn", "The delegation starts on " + d.startsOn() + " but expires on " + d.expires()
                    + ": correct one of the dates."));
        }
        if (d.startsOn() != null && decided != null && d.startsOn().isBefore(decided)) {
            e.add(new FieldError("startsOn", "The delegation cannot start on " + d.startsOn() + ", before the decision of "
                    + decided + " that made it: leave it empty to start on the decision date."));
        }
        if (d.expires() != null && decided != null && !d.expires().isAfter(decided)) {
            e.add(new FieldError("expires", "The delegation expires on " + d.expires() + ", not after the decision of "
                    + decided + " that made it: correct the expiry date."));
        }
        return e;
    }

    static List<FieldError> officerDecision(OfficerDecisionDraft d, LocalDate today) {
        List<FieldError> e = new ArrayList<>();
        if (d.decisionDate() == null) {
            e.add(new FieldError("decisionDate", "Enter the date of the officer's decision."));
        } else if (d.decisionDate().isAfter(today)) {
            e.add(new FieldError("decisionDate", "The decision date " + d.decisionDate() + " is in the future: record a decision once it is taken."));
        }
        required(e, "title", d.title(), "a short title");
        required(e, "decision", d.decision(), "the decision taken");
        required(e, "reasons", d.reasons(), "the reasons for the decision");
        required(e, "officerName", d.officerName(), "the name of the officer who decided");
        required(e, "officerPost", d.officerPost(), "the officer's post");
        if (d.valuePence() != null && d.valuePence() < 0) {
            e.add(new FieldError("value", "The value cannot be negative."));
        }
        exemptParagraph(e, d.exempt(), d.exemptParagraph());
        if (d.publishedOn() != null && d.decisionDate() != null && d.publishedOn().isBefore(d.decisionDate())) {
            e.add(new FieldError("publishedOn", "Published on " + d.publishedOn() + ", before the decision of "
                    + d.decisionDate() + ": correct one of the dates."));
        }
        if (d.publishedOn() != null && d.publishedOn().isAfter(today)) {
            e.add(new FieldError("publishedOn", "The publication date " + d.publishedOn() + " is in the future: record it once published."));
        }
        for (Consultation c : d.consultations()) {
            if (c.consulteePost() == null || c.consulteePost().isBlank()) {
                e.add(new FieldError("consultations", "Each consultation needs the post consulted."));
            }
        }
        return e;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void exemptParagraph(List<FieldError> e, boolean exempt, Integer paragraph) {
        if (exempt && (paragraph == null || paragraph < 1 || paragraph > 7)) {
            e.add(new FieldError("exemptParagraph", "An exempt (Part 2) record needs its Schedule 12A paragraph, 1 to 7 (3 = financial or business affairs)."));
        }
        if (!exempt && paragraph != null) {
            e.add(new FieldError("exemptParagraph", "A public record has no exempt paragraph: tick exempt or clear the paragraph."));
        }
    }

    private static void required(List<FieldError> e, String field, String value, String what) {
        if (value == null || value.isBlank()) {
            e.add(new FieldError(field, "Enter " + what + "."));
        }
    }
}
