package plv.commissioning.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The board's appetite for one category of risk: the highest current score (1 to 25) it tolerates before a risk is
 * escalated to it, from a date, as the board decided. History is kept: each setting is a new entry.
 *
 * @param category          the category
 * @param appetite          the highest tolerated current score
 * @param effectiveFrom     from when it applies; null for the suite's default, which applies until the board sets one
 * @param decisionReference the board's decision that set it (e.g. minute reference); null for the default
 * @param recordedBy        who recorded it; null for the default
 * @param recordedAt        when it was recorded; null for the default
 */
public record RiskAppetite(RiskCategory category, int appetite, LocalDate effectiveFrom, String decisionReference,
        String recordedBy, Instant recordedAt) {

    /** The suite's default for a category the board has not yet set. */
    public static RiskAppetite byDefault(RiskCategory category) {
        return new RiskAppetite(category, category.appetite(), null, null, null, null);
    }

    public boolean isDefault() {
        return effectiveFrom == null;
    }
}
