package plv.platform.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import plv.platform.security.api.ApiToken;

/** A row of SEC_API_TOKEN: only the SHA-256 of the secret is kept. */
@Entity
@Table(name = "SEC_API_TOKEN")
public class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    UserEntity user;

    @Column(name = "LABEL", nullable = false, length = 200)
    String label;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "REVOKED_AT")
    Instant revokedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    ApiToken toToken() {
        return new ApiToken(id, user.username, label, createdAt, revokedAt);
    }
}
