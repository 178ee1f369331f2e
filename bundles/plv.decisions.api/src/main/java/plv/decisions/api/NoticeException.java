package plv.decisions.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a key decision was taken without 28 clear days' notice (Local Authorities (Executive Arrangements)
 * (Meetings and Access to Information) (England) Regulations 2012).
 */
public enum NoticeException {
    /** 28 clear days' notice was given (no exception needed). */
    NONE("None"),
    /** Regulation 10: notice to the chair of overview and scrutiny, published 5 clear days before. */
    GENERAL_EXCEPTION("General exception (reg 10)"),
    /** Regulation 11: agreement of the chair of overview and scrutiny that the decision is urgent. */
    SPECIAL_URGENCY("Special urgency (reg 11)");

    private final String label;

    NoticeException(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<NoticeException> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NONE);
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.name().equals(t)).findFirst();
    }
}
