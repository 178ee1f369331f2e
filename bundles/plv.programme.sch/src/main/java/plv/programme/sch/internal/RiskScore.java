package plv.programme.sch.internal;

/**
 * A 5 × 5 likelihood × impact score as UK public-sector risk logs use it: 1–4 low, 5–9 medium, 10–14 high, 15–25
 * very high. The review frequency follows the score; a risk scoring above its category's appetite is escalated.
 */
public record RiskScore(int likelihood, int impact) {

    public RiskScore {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("likelihood and impact run from 1 to 5");
        }
    }

    public int value() {
        return likelihood * impact;
    }

    public String rating() {
        int v = value();
        return v >= 15 ? "very high" : v >= 10 ? "high" : v >= 5 ? "medium" : "low";
    }

    /** Days between reviews: monthly for very high, every two months for high, quarterly for medium, half-yearly for low. */
    public int reviewEveryDays() {
        int v = value();
        return v >= 15 ? 30 : v >= 10 ? 60 : v >= 5 ? 91 : 182;
    }

    /** Appetite by category: the highest current score tolerated before the board must see the risk. */
    static int appetite(String category) {
        return switch (category) {
            case "safeguarding" -> 6;
            case "reputational" -> 8;
            case "financial", "operational" -> 12;
            default -> 10;
        };
    }

    public boolean aboveAppetite(String category) {
        return value() > appetite(category);
    }
}
