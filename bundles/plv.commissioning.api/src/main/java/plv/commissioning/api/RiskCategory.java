package plv.commissioning.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a risk threatens, with the board's appetite for it: the highest current score tolerated before the risk is
 * escalated to the board.
 */
public enum RiskCategory {
    SAFEGUARDING("Safeguarding", 6),
    REPUTATIONAL("Reputational", 8),
    REGULATORY("Regulatory", 10),
    FINANCIAL("Financial", 12),
    OPERATIONAL("Operational", 12);

    private final String label;
    private final int appetite;

    RiskCategory(String label, int appetite) {
        this.label = label;
        this.appetite = appetite;
    }

    /** The id used in forms, CSV and JSON, e.g. {@code safeguarding}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The highest current score tolerated in this category. */
    public int appetite() {
        return appetite;
    }

    public static Optional<RiskCategory> byId(String id) {
        return EnumIds.byId(values(), RiskCategory::id, id);
    }
}
