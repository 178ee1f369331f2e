package plv.platform.security.api;

/**
 * A freshly issued API token with its secret; the secret cannot be retrieved again.
 *
 * @param token  the token's listing
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
