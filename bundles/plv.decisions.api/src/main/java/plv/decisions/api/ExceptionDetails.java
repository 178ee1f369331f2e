package plv.decisions.api;

import java.time.LocalDate;

/**
 * What a key decision taken without 28 clear days' notice must show (Local Authorities (Executive Arrangements)
 * (Meetings and Access to Information) (England) Regulations 2012).
 *
 * @param chairInformedOn general exception, reg 10(1)(a): the day the proper officer informed the chair of the
 *                        relevant overview and scrutiny committee in writing, or null
 * @param publicNoticeOn  general exception, reg 10(1)(b): the day a copy of that notice was made available and
 *                        published; the decision may be taken only after 5 clear days from it (reg 10(1)(c)), or null
 * @param urgencyAgreedBy special urgency, reg 11(1): who agreed the decision was urgent and could not reasonably be
 *                        deferred (the chair of overview and scrutiny, else the chair, else the vice-chair of the
 *                        council), or null
 * @param urgencyAgreedOn special urgency: the day they agreed, or null
 */
public record ExceptionDetails(LocalDate chairInformedOn, LocalDate publicNoticeOn, String urgencyAgreedBy,
        LocalDate urgencyAgreedOn) {

    public static final ExceptionDetails NONE = new ExceptionDetails(null, null, null, null);
}
