package plv.platform.api;

import java.util.Arrays;
import java.util.Optional;

/** The roles a signed-in person can hold. Each user holds exactly one. */
public enum Role {
    /** Company secretary: keeps registers, meetings and minutes; administers users. */
    SECRETARY("secretary", "Company secretary"),
    /** Board member: reads board papers including exempt ones; records votes. */
    DIRECTOR("director", "Director"),
    /** Bound to one member council: reviews that council's delegated decisions. */
    MONITORING_OFFICER("monitoring-officer", "Monitoring officer"),
    /** Keeps contracts, risks and programmes. */
    COMMISSIONING_OFFICER("commissioning-officer", "Commissioning officer"),
    /**
     * A commissioning officer of one council, bound to it like a monitoring officer: refers that council's children to
     * a programme's places and sees only that council's referrals and placements.
     */
    PLACING_OFFICER("placing-officer", "Placing officer"),
    /** Public information only. */
    VIEWER("viewer", "Viewer");

    private final String id;
    private final String label;

    Role(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The role's id as used in URLs, configuration and the shell, e.g. {@code monitoring-officer}. */
    public String id() {
        return id;
    }

    /** The role's name as shown to people. */
    public String label() {
        return label;
    }

    /** Finds a role by its id (also accepts the enum name and spaces for hyphens). */
    public static Optional<Role> byId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.id.equals(t)).findFirst();
    }
}
