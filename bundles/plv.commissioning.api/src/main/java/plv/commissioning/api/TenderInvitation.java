package plv.commissioning.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the contract was the result of an invitation to quote or a published invitation to tender (Local Government
 * Transparency Code 2015, paragraph 35).
 */
public enum TenderInvitation {
    QUOTE("Invitation to quote"), TENDER("Published invitation to tender"), NEITHER("Neither");

    private final String label;

    TenderInvitation(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<TenderInvitation> byId(String id) {
        return EnumIds.byId(values(), TenderInvitation::id, id);
    }
}
