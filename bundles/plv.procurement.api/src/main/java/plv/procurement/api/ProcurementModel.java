package plv.procurement.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a programme buys: the model of an {@link Arrangement}. */
public enum ProcurementModel {
    /** Providers admitted when it is set up (before it opens); call-offs only to them. */
    FRAMEWORK("Framework", true),
    /** Providers may apply to join at any time while it is open (stage 1); call-offs by mini-competition (stage 2). */
    DYNAMIC_PURCHASING_SYSTEM("Dynamic purchasing system", true),
    /**
     * Procurement Act 2023 ss34-39: suppliers that meet its conditions of membership join at any time while it is open;
     * contracts are awarded by reference to it only to members. Replaces the DPS for procurements under the Act.
     */
    DYNAMIC_MARKET("Dynamic market", true),
    /** One provider, a set capacity bought for a term; no admissions or call-offs. */
    BLOCK_CONTRACT("Block contract", false);

    private final String label;
    private final boolean admits;

    ProcurementModel(String label, boolean admits) {
        this.label = label;
        this.admits = admits;
    }

    /** {@code framework}, {@code dynamic-purchasing-system}, {@code dynamic-market}, {@code block-contract}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** True when providers are admitted to it and call-offs run under it. */
    public boolean admitsProviders() {
        return admits;
    }

    public static Optional<ProcurementModel> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id == null ? "" : id.strip())).findFirst();
    }
}
