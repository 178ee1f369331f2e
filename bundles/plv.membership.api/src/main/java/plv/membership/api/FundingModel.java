package plv.membership.api;

/** How members fund the PLV. */
public enum FundingModel {
    /** Every member pays the same fixed annual fee (indexed), pro-rated by days. */
    FIXED_FEE,
    /** A total cost per financial year, less income from places sold, is shared among the members. */
    SHARED_TOTAL
}
