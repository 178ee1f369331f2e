package plv.platform.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import plv.platform.api.Role;
import plv.platform.security.api.UserAccount;

/** A row of SEC_USER. Private to this bundle: others see {@link UserAccount}. */
@Entity
@Table(name = "SEC_USER")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "USERNAME", nullable = false, length = 40)
    String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 200)
    String displayName;

    @Column(name = "USER_ROLE", nullable = false, length = 40)
    String role;

    @Column(name = "COUNCIL_GSS", length = 9)
    String councilGss;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    String passwordHash;

    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    int failedAttempts;

    @Column(name = "LOCKED_UNTIL")
    Instant lockedUntil;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    Role role() {
        return Role.byId(role).orElseThrow(() -> new IllegalStateException("Unknown role " + role + " of " + username));
    }

    UserAccount toAccount() {
        return new UserAccount(id, username, displayName, role(), councilGss, failedAttempts, lockedUntil, createdAt);
    }
}
