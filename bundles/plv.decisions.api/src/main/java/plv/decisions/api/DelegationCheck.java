package plv.decisions.api;

/**
 * One check the review makes by itself of an officer decision against its delegation, before the monitoring officer
 * concludes: the value against the financial limit, the date against the delegation's start and expiry, the subject
 * against the delegated matters. A failed check stops "confirmed within delegation" unless the reviewer records why.
 *
 * @param code   stable code: {@link #FINANCIAL_LIMIT}, {@link #PERIOD} or {@link #SCOPE}
 * @param label  what was checked, e.g. "Value within the financial limit"
 * @param passed whether it passed
 * @param detail the figures compared, e.g. "£25,000.00 is over the limit of £20,000.00"
 */
public record DelegationCheck(String code, String label, boolean passed, String detail) {

    public static final String FINANCIAL_LIMIT = "financial-limit";
    public static final String PERIOD = "period";
    public static final String SCOPE = "scope";
}
