package plv.membership.api;

import java.time.LocalDate;

/**
 * The fee schedule from a date: effective-dated, so a change applies from the financial year the secretary gives and
 * earlier years keep the rules they had.
 *
 * @param model          the funding model in force
 * @param annualFeePence the fixed annual fee per member before indexation, e.g. 2_000_000 (£20,000); under a schedule
 *                       that applies from a later year, the fee of that year before its own indexation
 * @param triggerDate    the date fees start (the Secure Children's Home opens), or null while unknown
 * @param indexation     the inflation adjustment, or null for none
 * @param effectiveFrom  1 April of the first financial year it applies to, or null for "from the beginning"
 */
public record FeeSchedule(FundingModel model, long annualFeePence, LocalDate triggerDate, Indexation indexation,
        LocalDate effectiveFrom) {

    /** A schedule that applies from the beginning. */
    public FeeSchedule(FundingModel model, long annualFeePence, LocalDate triggerDate, Indexation indexation) {
        this(model, annualFeePence, triggerDate, indexation, null);
    }
}
