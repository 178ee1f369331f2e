package plv.commissioning.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The Procurement Act 2023 notices the contract register follows for each contract (see
 * docs/rules/procurement-act-notices.md for the sections and how each due date is worked out).
 */
public enum NoticeKind {
    /** s53: within 30 days beginning with the day the contract is entered into. */
    CONTRACT_DETAILS("Contract details notice", "s53"),
    /** s75: before a contract is modified (the day before the modification takes effect). */
    CONTRACT_CHANGE("Contract change notice", "s75"),
    /** s71(2) with s52: at least once in every 12 months of performance, for a contract of more than £5 million. */
    CONTRACT_PERFORMANCE("Contract performance notice", "s71(2)"),
    /** s80: within 30 days beginning with the day the contract terminates (ends for any reason). */
    CONTRACT_TERMINATION("Contract termination notice", "s80");

    private final String label;
    private final String section;

    NoticeKind(String label, String section) {
        this.label = label;
        this.section = section;
    }

    /** e.g. {@code contract-details}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** The section of the Procurement Act 2023 that asks for it, e.g. {@code s53}. */
    public String section() {
        return section;
    }

    public static Optional<NoticeKind> byId(String id) {
        return EnumIds.byId(values(), NoticeKind::id, id);
    }
}
