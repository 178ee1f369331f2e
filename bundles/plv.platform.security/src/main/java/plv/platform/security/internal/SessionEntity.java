package plv.platform.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A row of SEC_SESSION: a signed-in browser session, under the SHA-256 of its id (the id itself is only in the
 * user's cookie). Every node reads the same rows, so a user sent to another node stays signed in.
 */
@Entity
@Table(name = "SEC_SESSION")
public class SessionEntity {

    @Id
    @Column(name = "ID_HASH", length = 64)
    String idHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    UserEntity user;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "LAST_SEEN", nullable = false)
    Instant lastSeen;

    @Column(name = "FLASH", length = 4000)
    String flash;
}
