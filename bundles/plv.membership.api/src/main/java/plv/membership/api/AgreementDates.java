package plv.membership.api;

import java.time.LocalDate;

/**
 * The dates the product computes for an agreement as seen on one day.
 *
 * @param asOf            the day they are computed for
 * @param currentTerm     the term that contains {@code asOf} (the first term if before it starts)
 * @param nextBreak       the next break point whose notice deadline has not passed, or null
 * @param termEnd         the current term's last day
 * @param renewalDate     the first day of the next term, or null when there is no renewal
 * @param nextTerm        the next term (with its break point), or null
 */
public record AgreementDates(LocalDate asOf, Term currentTerm, BreakPoint nextBreak, LocalDate termEnd,
        LocalDate renewalDate, Term nextTerm) {
}
