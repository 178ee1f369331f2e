package plv.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "PLV security", description = "Sign-in throttling, sessions, request limits and password hashing.")
public @interface SecuritySettings {

    String PID = "plv.security";

    @AttributeDefinition(description = "Failed sign-ins from one address (any usernames) before each further attempt "
            + "from it must wait; the wait doubles with each failure.")
    int addressFreeFailures() default 5;

    @AttributeDefinition(description = "Failed sign-ins for one username (from anywhere) before attempts for it from "
            + "addresses that never signed in to it must wait; the wait doubles with each failure.")
    int accountFreeFailures() default 10;

    @AttributeDefinition(description = "The longest wait between sign-in attempts, in seconds.")
    int maxThrottleSeconds() default 900;

    @AttributeDefinition(description = "Failures are forgotten this many minutes after the last one.")
    int throttleWindowMinutes() default 60;

    @AttributeDefinition(description = "A session ends after this many minutes without a request.")
    int idleTimeoutMinutes() default 30;

    @AttributeDefinition(description = "A session ends this many hours after sign-in, however busy.")
    int maxSessionHours() default 12;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA512 iterations for new password hashes.")
    int passwordIterations() default 210_000;

    @AttributeDefinition(description = "Seconds a verified HTTP Basic username and password are remembered (as a "
            + "keyed hash), so that API calls do not each cost a password hash; 0 turns this off.")
    int basicCacheSeconds() default 120;

    @AttributeDefinition(description = "Mark cookies Secure and send HSTS (the product is served over HTTPS, e.g. "
            + "behind a proxy). The framework property plv.http.secure=true does the same.")
    boolean secureCookies() default false;

    @AttributeDefinition(description = "Largest body, in bytes, of a request from someone not signed in (the sign-in form).")
    int anonymousBodyBytes() default 8 * 1024;

    @AttributeDefinition(description = "Largest body, in bytes, of a form or API request of a signed-in user "
            + "(uploads have the limit their page declares).")
    int formBodyBytes() default 2_000_000;
}
