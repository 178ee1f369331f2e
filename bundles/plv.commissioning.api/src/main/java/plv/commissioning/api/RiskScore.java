package plv.commissioning.api;

/**
 * A 5 × 5 likelihood × impact score as UK public-sector risk logs use it: 1–4 low, 5–9 medium, 10–14 high, 15–25
 * very high.
 *
 * @param likelihood 1 (rare) to 5 (almost certain)
 * @param impact     1 (negligible) to 5 (severe)
 */
public record RiskScore(int likelihood, int impact) {

    public RiskScore {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("Likelihood and impact run from 1 to 5, not " + likelihood + " × " + impact + ".");
        }
    }

    /** Likelihood × impact, 1 to 25. */
    public int value() {
        return likelihood * impact;
    }

    /** low, medium, high or very high. */
    public String rating() {
        int v = value();
        return v >= 15 ? "very high" : v >= 10 ? "high" : v >= 5 ? "medium" : "low";
    }
}
