package plv.membership.api;

import java.time.LocalDate;

/**
 * The dates the product computes for an agreement as seen on one day.
 *
 * @param asOf            the day they are computed for
 * @param currentTerm     the term that contains {@code asOf} (the first term if before it starts)
 * @param nextBreak       the next break point whose notice deadline has not passed, or null
 * @param termEnd         the current term's last day
 * @param renewalDate     the first day of the next term when its renewal is ratified, or null
 * @param nextTerm        the next term (with its break point) when its renewal is ratified, or null
 * @param nextExit        the next date the membership can end: the next break whose notice date has not passed, else
 *                        the end of the last ratified term (31 March 2028 while no renewal is ratified)
 * @param membershipEnd   the last day of the last ratified term: membership ends then unless a renewal is ratified
 */
public record AgreementDates(LocalDate asOf, Term currentTerm, BreakPoint nextBreak, LocalDate termEnd,
        LocalDate renewalDate, Term nextTerm, LocalDate nextExit, LocalDate membershipEnd) {
}
