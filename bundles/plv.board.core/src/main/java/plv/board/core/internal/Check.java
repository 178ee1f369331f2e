package plv.board.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;

/** Collects what is wrong with some input, so that every problem is reported at once and nothing is written. */
final class Check {
    static final Pattern LONDON_GSS = Pattern.compile("E09000(0[0-2][0-9]|03[0-3])");
    private final List<FieldError> errors = new ArrayList<>();

    Check required(String field, Object value, String what) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new FieldError(field, what + " is required."));
        }
        return this;
    }

    Check that(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    Check gss(String field, String code) {
        return that(code == null || LONDON_GSS.matcher(code).matches(), field,
                "'" + code + "' is not the GSS code of a London authority; use E09000001 to E09000033.");
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void secretary(Actor actor) {
        if (actor == null || !actor.is(Role.SECRETARY)) {
            throw new AccessDeniedException("Only the company secretary can change the board's records.");
        }
    }

    static void signedIn(Actor actor) {
        if (actor == null) {
            throw new AccessDeniedException("Sign in to see the board's records.");
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
