package plv.membership.api;

import java.time.LocalDate;

/**
 * The date terms of a member agreement (a template's standard terms, or one agreement's own after overrides).
 *
 * @param termStart                first day of the initial term, e.g. 2023-04-01
 * @param initialTermYears         length of the initial term in years, e.g. 5
 * @param initialBreakAfterYears   the break point falls at the end of this year of the initial term (e.g. 3), 0 for none
 * @param renewalTermYears         length of each renewal term, e.g. 10 (0: no renewal)
 * @param renewalBreakAfterYears   break point at the end of this year of each renewal term, e.g. 5 (0 for none)
 * @param noticeMonths             break notice must be served at least this many calendar months before the break date
 * @param noticeOnWorkingDay       when true a last notice date on a Saturday, Sunday or bank holiday moves back to the
 *                                 previous working day
 */
public record AgreementTerms(LocalDate termStart, int initialTermYears, int initialBreakAfterYears, int renewalTermYears,
        int renewalBreakAfterYears, int noticeMonths, boolean noticeOnWorkingDay) {
}
