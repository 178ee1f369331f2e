package plv.decisions.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionLeads;
import plv.decisions.api.ExceptionDetails;
import plv.decisions.api.PrivateMeeting;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.NoticeException;
import plv.decisions.api.ImportResult.RowError;

/**
 * One imported decision: named fields as text (a CSV row or an XML {@code <decision>} element) read into a draft.
 * Dates are ISO (2023-02-08) or as committee systems print them (08/02/2023, 8 Feb 2023); several document links
 * are separated by {@code |}. Statuses and decision types also accept committee-system wording ("Recommendations
 * Approved", "Key").
 */
final class DecisionRow {

    static final List<String> COLUMNS = List.of("councilGss", "reference", "title", "decisionMaker", "decisionMakerDetail",
            "meeting", "decisionDate", "keyDecision", "keyDecisionReason", "noticePublished", "decisionDue", "noticeException",
            "noticeExceptionReason", "exempt", "exemptParagraph", "decidedToJoin", "decision", "reasons",
            "alternativesRejected", "conflictsDeclared", "dispensations", "callInApplies", "implementedOn", "status",
            "documentLinks", "leadMember", "leadDirector", "department", "contact", "published", "chairInformedOn",
            "publicNoticeOn", "urgencyAgreedBy", "urgencyAgreedOn", "heldInPrivate", "privateIntentionNoticeOn",
            "privateReasonsNoticeOn");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

    private final int row;
    private final Map<String, String> fields;
    private final List<RowError> errors = new ArrayList<>();

    DecisionRow(int row, Map<String, String> fields) {
        this.row = row;
        this.fields = fields;
    }

    /** The record's line in a CSV file (the header is line 1), or its position in an XML file. */
    int row() {
        return row;
    }

    List<RowError> errors() {
        return errors;
    }

    CouncilDecisionDraft draft() {
        return new CouncilDecisionDraft(text("councilGss"), text("reference"), text("title"),
                parse("decisionMaker", DecisionMaker::parse, "full council, cabinet, cabinet member, committee or officer"),
                text("decisionMakerDetail"), text("meeting"), date("decisionDate"), bool("keyDecision", false),
                text("keyDecisionReason"), date("noticePublished"), date("decisionDue"),
                parse("noticeException", NoticeException::parse, "none, general exception or special urgency"),
                text("noticeExceptionReason"), bool("exempt", false), integer("exemptParagraph"), bool("decidedToJoin", true),
                text("decision"), text("reasons"), text("alternativesRejected"), text("conflictsDeclared"),
                text("dispensations"), bool("callInApplies", true), date("implementedOn"),
                parse("status", DecisionRow::status, "forward plan, decided, called in or implemented"), links(),
                new DecisionLeads(text("leadMember"), text("leadDirector"), text("department"), text("contact")),
                date("published"), new ExceptionDetails(date("chairInformedOn"), date("publicNoticeOn"),
                        text("urgencyAgreedBy"), date("urgencyAgreedOn")),
                new PrivateMeeting(bool("heldInPrivate", false), date("privateIntentionNoticeOn"),
                        date("privateReasonsNoticeOn")), false);
    }

    private String text(String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        errors.add(new RowError(row, name, "'" + v + "' is not a date: write it as 2023-02-08 or 08/02/2023."));
        return null;
    }

    private boolean bool(String name, boolean absent) {
        String v = text(name);
        if (v == null) {
            return absent;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "key", "part 2", "exempt":
                return true;
            case "false", "no", "n", "0", "non-key", "not key", "part 1", "public":
                return false;
            default:
                errors.add(new RowError(row, name, "'" + v + "' is not yes or no."));
                return absent;
        }
    }

    private Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replaceAll("(?i)^para(graph)?\\s*", ""));
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, name, "'" + v + "' is not a number: write the paragraph, e.g. 3."));
            return null;
        }
    }

    private <T> T parse(String name, java.util.function.Function<String, Optional<T>> parser, String allowed) {
        String v = text(name);
        if (v == null) {
            return parser.apply(null).orElse(null);
        }
        Optional<T> t = parser.apply(v);
        if (t.isEmpty()) {
            errors.add(new RowError(row, name, "'" + v + "' is not one of: " + allowed + "."));
        }
        return t.orElse(null);
    }

    private List<String> links() {
        String v = text("documentLinks");
        return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Our statuses, plus the wording committee systems publish. */
    static Optional<DecisionStatus> status(String v) {
        if (v == null) {
            return Optional.empty();
        }
        String t = v.strip().toLowerCase(Locale.ROOT);
        if (t.equals("recommendations approved") || t.equals("approved") || t.equals("made")) {
            return Optional.of(DecisionStatus.DECIDED);
        }
        if (t.equals("for determination") || t.equals("forward plan") || t.equals("proposed")) {
            return Optional.of(DecisionStatus.FORWARD_PLAN);
        }
        return DecisionStatus.parse(v);
    }
}
