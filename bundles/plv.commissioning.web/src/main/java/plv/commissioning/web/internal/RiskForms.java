package plv.commissioning.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAction;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskDraft.ActionDraft;
import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Label;

/**
 * The risk log's forms as the shell binds them, and between them and the risk log's records. Scores, dates and text stay
 * text: the risk log checks them and its messages are the ones people read; only the version, which the log does not
 * check as typed, is a number.
 */
final class RiskForms {

    /** Empty rows offered for further actions beyond those recorded. */
    static final int SPARE_ACTION_ROWS = 2;
    /** The most action rows offered: the shell binds no more repeated groups than 50. */
    static final int MAX_ACTION_ROWS = 50;

    /** How the risk log names an action's field ({@code action1DueDate}); the form names it {@code actionDueDate-0}. */
    private static final Pattern LOG_ACTION_FIELD = Pattern.compile("action([1-9][0-9]*)(Description|Owner|DueDate)");

    private RiskForms() {
    }

    /**
     * A risk as typed: its further actions are a repeated group ({@code actionDescription-0}, {@code actionOwner-0},
     * {@code actionDueDate-0}, then {@code -1}...); {@code version} is the version the edit form was opened at.
     */
    public record RiskForm(String title, String category, String owner, String inherentLikelihood, String inherentImpact,
            String currentLikelihood, String currentImpact, String targetLikelihood, String targetImpact, String targetDate,
            String controls, List<ActionFields> actions, @Label("Version of the risk") Long version) {

        RiskDraft draft() {
            return new RiskDraft(title, category, owner, inherentLikelihood, inherentImpact, currentLikelihood, currentImpact,
                    targetLikelihood, targetImpact, targetDate, controls,
                    actions.stream().map(a -> new ActionDraft(a.actionDescription(), a.actionOwner(), a.actionDueDate())).toList());
        }
    }

    /** One further action of the risk form; a row left wholly empty is ignored by the risk log. */
    public record ActionFields(String actionDescription, String actionOwner, String actionDueDate) {
    }

    /** A review: the current score found and what the review found. */
    public record ReviewForm(String likelihood, String impact, String note, @Label("Version of the risk") Long version) {
    }

    /**
     * Runs a change of the risk log; a refusal's fields of further actions are renamed from the log's names
     * ({@code action1DueDate}) to the form's ({@code actionDueDate-0}), so that each message stands beside its field.
     */
    static <T> T refusedOnFormFields(Supplier<T> change) {
        try {
            return change.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(f -> new FieldError(formField(f.field()), f.message())).toList());
        }
    }

    /** The form's name of a field the risk log names. */
    static String formField(String logField) {
        Matcher m = LOG_ACTION_FIELD.matcher(logField);
        if (!m.matches()) {
            return logField;
        }
        return "action" + m.group(2) + "-" + (Integer.parseInt(m.group(1)) - 1);
    }

    /** The form filled in from a stored risk, for editing. */
    static Map<String, String> form(Risk r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", r.title());
        f.put("category", r.category().id());
        f.put("owner", r.owner());
        f.put("inherentLikelihood", String.valueOf(r.inherent().likelihood()));
        f.put("inherentImpact", String.valueOf(r.inherent().impact()));
        f.put("currentLikelihood", String.valueOf(r.current().likelihood()));
        f.put("currentImpact", String.valueOf(r.current().impact()));
        f.put("targetLikelihood", String.valueOf(r.target().likelihood()));
        f.put("targetImpact", String.valueOf(r.target().impact()));
        f.put("targetDate", r.targetDate() == null ? "" : r.targetDate().toString());
        f.put("controls", r.controls());
        f.put("version", String.valueOf(r.version()));
        int i = 0;
        for (RiskAction a : r.actions()) {
            f.put("actionDescription-" + i, a.description());
            f.put("actionOwner-" + i, a.owner());
            f.put("actionDueDate-" + i, String.valueOf(a.dueDate()));
            i++;
        }
        return f;
    }

    /** How many action rows the form shows: those typed or stored, plus spare ones after the last filled. */
    static int actionRows(Map<String, String> form) {
        int rows = 0;
        int filled = 0;
        for (int i = 0; i < MAX_ACTION_ROWS; i++) {
            String d = form.get("actionDescription-" + i);
            String o = form.get("actionOwner-" + i);
            String due = form.get("actionDueDate-" + i);
            if (d == null && o == null && due == null) {
                continue;
            }
            rows = i + 1;
            if (!isBlank(d) || !isBlank(o) || !isBlank(due)) {
                filled = i + 1;
            }
        }
        return Math.min(Math.max(rows, filled + SPARE_ACTION_ROWS), MAX_ACTION_ROWS);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
