package plv.membership.api;

/**
 * Income from places sold to non-members in one financial year, as a programme reports it.
 *
 * @param source      who reports it, e.g. "Secure Children's Home"
 * @param incomePence the income in pence (0 or more)
 * @param basis       how it was arrived at, for the working, e.g. "2 places sold to Kent and Essex for the year"
 */
public record IncomeReport(String source, long incomePence, String basis) {

    public IncomeReport {
        if (incomePence < 0) {
            throw new IllegalArgumentException("income must not be negative: " + incomePence);
        }
    }
}
