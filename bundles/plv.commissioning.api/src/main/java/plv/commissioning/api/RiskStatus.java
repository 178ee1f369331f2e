package plv.commissioning.api;

import java.util.Locale;

/** Where a risk stands with respect to acceptance (see docs/rules/commissioning.md, "Accepted risks"). */
public enum RiskStatus {
    /** Being treated: no acceptance in force. */
    OPEN("Open"),
    /** Tolerated as it is, by a recorded acceptance that has not yet ended. */
    ACCEPTED("Accepted"),
    /** The acceptance's last day has passed: back to review until it is reviewed or accepted again. */
    ACCEPTANCE_ENDED("Acceptance ended: back to review");

    private final String label;

    RiskStatus(String label) {
        this.label = label;
    }

    /** e.g. {@code acceptance-ended}, as in CSV and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }
}
