package plv.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PLV security", description = "Sign-in throttling, sessions and password hashing.")
public @interface SecuritySettings {

    String PID = "plv.security";

    @AttributeDefinition(description = "Failed sign-ins in a row after which an account is locked.")
    int maxFailedSignIns() default 5;

    @AttributeDefinition(description = "How long a lock-out lasts, in minutes.")
    int lockMinutes() default 15;

    @AttributeDefinition(description = "A session ends after this many minutes without a request.")
    int idleTimeoutMinutes() default 30;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA512 iterations for new password hashes.")
    int passwordIterations() default 210_000;

    @AttributeDefinition(description = "Mark the session cookie Secure (set when the product is served over HTTPS).")
    boolean secureCookies() default false;
}
