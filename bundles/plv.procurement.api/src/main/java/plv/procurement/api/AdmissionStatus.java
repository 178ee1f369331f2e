package plv.procurement.api;

import java.util.Locale;

/** Where a provider's application stands. */
public enum AdmissionStatus {
    APPLIED, ADMITTED, REFUSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
