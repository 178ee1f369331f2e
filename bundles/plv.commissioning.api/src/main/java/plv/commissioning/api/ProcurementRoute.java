package plv.commissioning.api;

import java.util.Locale;
import java.util.Optional;

/** How a contract was procured, as the Transparency Code asks ("procurement process"). */
public enum ProcurementRoute {
    OPEN("Open procedure", false),
    RESTRICTED("Restricted procedure", false),
    COMPETITIVE_FLEXIBLE("Competitive flexible procedure", false),
    FRAMEWORK_CALL_OFF("Call-off from a framework", true),
    DPS_CALL_OFF("Call-off from a dynamic purchasing system", true),
    /** Procurement Act 2023 s34: a contract awarded by reference to a dynamic market, to a supplier on it. */
    DYNAMIC_MARKET("Award under a dynamic market", true),
    DIRECT_AWARD("Direct award", false),
    GRANT("Grant agreement", false);

    private final String label;
    private final boolean callOff;

    ProcurementRoute(String label, boolean callOff) {
        this.label = label;
        this.callOff = callOff;
    }

    /** The id used in forms, CSV and JSON, e.g. {@code framework-call-off}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** True for a call-off under a framework, a DPS or a dynamic market: it may go only to a supplier admitted to it. */
    public boolean callOff() {
        return callOff;
    }

    public static Optional<ProcurementRoute> byId(String id) {
        return EnumIds.byId(values(), ProcurementRoute::id, id);
    }
}
