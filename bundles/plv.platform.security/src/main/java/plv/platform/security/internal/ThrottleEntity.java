package plv.platform.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of SEC_SIGN_IN_THROTTLE, shared by every node on the database: failed sign-ins per key (a keyed hash of a
 * source address or of a username), or, for a {@code known:} key, when a username last signed in from an address.
 */
@Entity
@Table(name = "SEC_SIGN_IN_THROTTLE")
public class ThrottleEntity {

    @Id
    @Column(name = "THROTTLE_KEY", length = 64)
    String key;

    @Column(name = "FAILURES", nullable = false)
    int failures;

    @Column(name = "LAST_AT", nullable = false)
    Instant lastAt;
}
