package plv.platform.security.api;

import java.time.Instant;

/**
 * A personal API token as listed (the secret itself is shown once, when issued, and only its hash is kept).
 *
 * @param id        the token's id
 * @param username  whose token it is
 * @param label     what it is for, e.g. "Camden decisions feed"
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, or null while it is valid
 */
public record ApiToken(long id, String username, String label, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
