package plv.commissioning.core.internal;

import java.time.LocalDate;

import plv.commissioning.api.RiskScore;
import plv.commissioning.api.RiskTrend;

/** The risk log's rules: how often a risk is reviewed, which way it is moving, and when the board must see it. */
final class RiskRules {

    private RiskRules() {
    }

    /** Days between reviews: monthly for very high, every two months for high, quarterly for medium, half-yearly for low. */
    static int reviewEveryDays(RiskScore current) {
        int v = current.value();
        return v >= 15 ? 30 : v >= 10 ? 60 : v >= 5 ? 91 : 182;
    }

    static LocalDate nextReview(RiskScore current, LocalDate reviewedOn) {
        return reviewedOn.plusDays(reviewEveryDays(current));
    }

    /** The movement from the previous current score to the one a review found. */
    static RiskTrend trend(RiskScore before, RiskScore after) {
        return after.value() < before.value() ? RiskTrend.IMPROVING : after.value() > before.value() ? RiskTrend.WORSENING : RiskTrend.STEADY;
    }

    /** The programme's reference prefix: the initials of its id ({@code secure-childrens-home} → {@code SCH}). */
    static String prefix(String programmeId) {
        StringBuilder b = new StringBuilder();
        for (String part : programmeId.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return b.isEmpty() ? "P" : b.toString();
    }
}
