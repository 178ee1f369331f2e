package plv.commissioning.api;

import java.util.Locale;
import java.util.Optional;

/** Whether the supplier is a small or medium-sized enterprise or a voluntary, community or social enterprise. */
public enum SupplierKind {
    SME("SME"), VCSE("VCSE"), NEITHER("Neither");

    private final String label;

    SupplierKind(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<SupplierKind> byId(String id) {
        return EnumIds.byId(values(), SupplierKind::id, id);
    }
}
