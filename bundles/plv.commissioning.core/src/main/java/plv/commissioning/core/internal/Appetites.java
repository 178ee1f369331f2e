package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import plv.commissioning.api.RiskAppetite;
import plv.commissioning.api.RiskCategory;

/**
 * The rule for the appetite in force: for each category, the setting with the latest effective date on or before the
 * day; the suite's default when the board has set none by then. Worked example in RiskAppetiteTest.
 */
final class Appetites {

    private final Map<RiskCategory, RiskAppetite> inForce;

    private Appetites(Map<RiskCategory, RiskAppetite> inForce) {
        this.inForce = inForce;
    }

    static Appetites on(List<RiskAppetite> settings, LocalDate day) {
        Map<RiskCategory, RiskAppetite> m = new EnumMap<>(RiskCategory.class);
        settings.stream().filter(s -> !s.effectiveFrom().isAfter(day))
                .sorted(Comparator.comparing(RiskAppetite::effectiveFrom))
                .forEach(s -> m.put(s.category(), s));
        for (RiskCategory c : RiskCategory.values()) {
            m.putIfAbsent(c, RiskAppetite.byDefault(c));
        }
        return new Appetites(m);
    }

    int appetite(RiskCategory category) {
        return inForce.get(category).appetite();
    }

    List<RiskAppetite> all() {
        return new ArrayList<>(inForce.values());
    }

    /** Escalated to the board when the current score is above the appetite in force. */
    boolean above(RiskCategory category, int currentScore) {
        return currentScore > appetite(category);
    }
}
