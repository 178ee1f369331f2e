package plv.platform.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking: the signed-in user (or the system itself) on whose behalf a service acts.
 *
 * @param username    the sign-in name, recorded in the audit trail
 * @param displayName the name shown to people
 * @param role        the user's role
 * @param councilGss  for a monitoring officer or a placing officer, the GSS code of the council they act for; otherwise null
 */
public record Actor(String username, String displayName, Role role, String councilGss) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? username : displayName;
    }

    /** The product itself, for start-up work such as migrations and demo data. */
    public static Actor system() {
        return new Actor("system", "PLV system", Role.SECRETARY, null);
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** True when the actor holds any of the given roles. */
    public boolean hasAnyRole(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }

    /** True when the actor's role belongs to {@code group}. */
    public boolean in(RoleGroup group) {
        return group.includes(role);
    }

    public Optional<String> council() {
        return Optional.ofNullable(councilGss);
    }

    /** Secretaries and directors may read exempt (Part 2) material of the company. */
    public boolean mayReadCompanyExempt() {
        return in(RoleGroup.COMPANY_OFFICERS);
    }
}
