package plv.platform.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.security.api.NewUser;

/** What a new user must satisfy; every problem is reported beside its field, and nothing is created. */
final class UserRules {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** English and Welsh local authorities: E06-E10 (unitary, metropolitan, London, county), W06. */
    private static final Pattern GSS = Pattern.compile("[EW]\\d{8}");

    private UserRules() {
    }

    /** The input with surrounding blanks removed, or a ValidationException listing every problem. */
    static NewUser check(NewUser in) {
        String username = trim(in.username());
        String displayName = trim(in.displayName());
        String council = trim(in.councilGss());
        council = council == null || council.isEmpty() ? null : council.toUpperCase(java.util.Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "Enter a username of 3 to 40 characters using lower-case letters, "
                    + "digits, dot, hyphen or underscore, starting with a letter or digit (e.g. jsmith)."));
        }
        if (displayName == null || displayName.isEmpty() || displayName.length() > 200) {
            errors.add(new FieldError("displayName", "Enter the person's name as it should be shown (up to 200 characters)."));
        }
        if (in.role() == null) {
            errors.add(new FieldError("role", "Choose a role: secretary, director, monitoring-officer, "
                    + "commissioning-officer, placing-officer or viewer."));
        } else if (boundToCouncil(in.role()) && (council == null || !GSS.matcher(council).matches())) {
            errors.add(new FieldError("councilGss", "A " + in.role().label().toLowerCase(java.util.Locale.ROOT)
                    + " acts for one council: enter its GSS code, e.g. E09000007 for Camden."));
        } else if (!boundToCouncil(in.role()) && council != null) {
            errors.add(new FieldError("councilGss", "Only a monitoring officer or a placing officer is bound to a council: leave the council empty for "
                    + in.role().label().toLowerCase(java.util.Locale.ROOT) + "s."));
        }
        if (in.password() == null || in.password().length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "Choose a password of at least " + MIN_PASSWORD
                    + " characters; a few unrelated words make a good one."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NewUser(username, displayName, in.role(), council, in.password());
    }

    /** The roles that act for one council: the monitoring officer and the placing officer. */
    static boolean boundToCouncil(Role role) {
        return role == Role.MONITORING_OFFICER || role == Role.PLACING_OFFICER;
    }

    static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
