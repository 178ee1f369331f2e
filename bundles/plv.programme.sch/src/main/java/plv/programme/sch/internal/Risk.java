package plv.programme.sch.internal;

import java.time.LocalDate;

/** A risk as pages and exports show it (public so that templates can read it). */
public record Risk(long id, String reference, String title, String category, String owner, RiskScore inherent, RiskScore current,
        RiskScore target, LocalDate targetDate, String controls, String trend, LocalDate reviewedOn, long version) {

    public LocalDate nextReview() {
        return reviewedOn.plusDays(current.reviewEveryDays());
    }

    public boolean aboveAppetite() {
        return current.aboveAppetite(category);
    }

    static Risk of(RiskEntity e) {
        return new Risk(e.id, e.reference, e.title, e.category, e.owner, new RiskScore(e.inherentLikelihood, e.inherentImpact),
                new RiskScore(e.currentLikelihood, e.currentImpact), new RiskScore(e.targetLikelihood, e.targetImpact), e.targetDate,
                e.controls, e.trend, e.reviewedOn, e.version);
    }
}
