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
    /** General exception (reg 10) without its dates, or without 5 clear days after the public notice. */
    public static final String GENERAL_EXCEPTION = "general-exception";
    /** Special urgency (reg 11) without who agreed and when, or agreed after the decision. */
    public static final String SPECIAL_URGENCY = "special-urgency";
    /** A private meeting (reg 5) without its 28- and 5-clear-day notices. */
    public static final String PRIVATE_MEETING = "private-meeting";
    /** An officer decision record published late or not yet (2014 Regulations reg 8: as soon as reasonably practicable). */
    public static final String PUBLICATION = "publication";
}
