package plv.platform.security.api;

import plv.platform.api.Role;

/**
 * What it takes to create a user.
 *
 * @param username    3–40 characters: lower-case letters, digits, dot, hyphen, underscore
 * @param displayName the name shown to people (any text; it is always escaped on output)
 * @param role        the user's role
 * @param councilGss  required for a monitoring officer (e.g. {@code E09000007}); must be empty for other roles
 * @param password    at least 12 characters
 */
public record NewUser(String username, String displayName, Role role, String councilGss, String password) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
