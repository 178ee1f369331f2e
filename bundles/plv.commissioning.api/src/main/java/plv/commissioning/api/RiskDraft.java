package plv.commissioning.api;

import java.util.List;

/**
 * A risk as a person typed it into the form (or a programme bundle gives it as demo data): every value is text, so
 * that the risk log can say of each field what is wrong with it. Scores are whole numbers from 1 to 5, dates
 * YYYY-MM-DD.
 */
public record RiskDraft(String title, String category, String owner, String inherentLikelihood, String inherentImpact,
        String currentLikelihood, String currentImpact, String targetLikelihood, String targetImpact, String targetDate, String controls,
        List<ActionDraft> actions) {

    public RiskDraft {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A further action as typed; a row left wholly empty is ignored. */
    public record ActionDraft(String description, String owner, String dueDate) {
    }
}
