package plv.membership.api;

import java.time.LocalDate;

/**
 * The fee schedule.
 *
 * @param model          the funding model in force
 * @param annualFeePence the fixed annual fee per member before indexation, e.g. 2_000_000 (£20,000)
 * @param triggerDate    the date fees start (the Secure Children's Home opens), or null while unknown
 * @param indexation     the inflation adjustment, or null for none
 */
public record FeeSchedule(FundingModel model, long annualFeePence, LocalDate triggerDate, Indexation indexation) {
}
