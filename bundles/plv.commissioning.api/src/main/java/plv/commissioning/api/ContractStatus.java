package plv.commissioning.api;

import java.util.Locale;
import java.util.Optional;

/** The OCDS 1.1.5 contract status codelist. */
public enum ContractStatus {
    /** Not yet signed or not yet in force. */
    PENDING,
    /** Signed and in force. */
    ACTIVE,
    /** Cancelled before it came into force. */
    CANCELLED,
    /** Ended, at its end date or early. */
    TERMINATED;

    /** The OCDS code, e.g. {@code active}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContractStatus> byId(String id) {
        return EnumIds.byId(values(), ContractStatus::id, id);
    }
}
