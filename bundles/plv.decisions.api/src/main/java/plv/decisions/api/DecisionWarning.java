package plv.decisions.api;

/**
 * Something about a decision that did not follow the rules, shown beside it (it does not stop the record being kept:
 * the record says what happened).
 *
 * @param code    stable code, e.g. {@code notice-period} or {@code call-in}
 * @param message what was not respected, with the dates
 */
public record DecisionWarning(String code, String message) {

    public static final String NOTICE_PERIOD = "notice-period";
    public static final String NOTICE_MISSING = "notice-missing";
    public static final String CALL_IN = "call-in";
}
