package plv.membership.api;

/** How an index series adjusts the fee. */
public enum IndexMethod {
    /** fee = base fee × index(reference month of the year) ÷ index(base month), the uplift capped and floored. */
    UPLIFT_FROM_BASE,
    /** fee = last year's fee × index(reference month this year) ÷ index(reference month last year), capped and floored. */
    YEAR_ON_YEAR
}
