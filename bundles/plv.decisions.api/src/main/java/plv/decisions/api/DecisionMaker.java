package plv.decisions.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who took a council decision, in the council constitution's own terms. */
public enum DecisionMaker {
    FULL_COUNCIL("Full council"),
    CABINET("Cabinet"),
    CABINET_MEMBER("Cabinet member"),
    COMMITTEE("Committee"),
    OFFICER("Officer");

    private final String label;

    DecisionMaker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds a decision maker by enum name or label, ignoring case, spaces, hyphens ("Cabinet Member", "cabinet-member"). */
    public static Optional<DecisionMaker> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.name().equals(t)).findFirst();
    }
}
