package plv.commissioning.api;

import java.util.Locale;

/** How the current score moved at the last review. */
public enum RiskTrend {
    NEW, IMPROVING, STEADY, WORSENING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
