package plv.decisions.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a council decision stands. */
public enum DecisionStatus {
    FORWARD_PLAN("On the forward plan"),
    DECIDED("Decided"),
    CALLED_IN("Called in"),
    IMPLEMENTED("Implemented");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds a status by enum name, ignoring case, spaces and hyphens. */
    public static Optional<DecisionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.name().equals(t)).findFirst();
    }
}
