package plv.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import plv.platform.api.Actor;

/**
 * HTTP Basic credentials verified in the last few seconds, so that an API client sending its password on every call
 * does not cost a PBKDF2 run each time. Kept under HMAC-SHA256(username, password) with a random key made at start
 * and never stored, so the memory holds no password and nothing that can be checked offline without that key. An
 * entry also remembers the stored password hash it was verified against, the account it stood for, and the security
 * store's write count ({@link plv.platform.spi.persistence.Store#writeCount()}) taken before the account was read: while
 * that count is unchanged no user, token, session or throttle row has changed on any node, so the entry is used without
 * reading the account again; once it has changed, the account is read again and a changed password or a lock ends the
 * entry. Entries live in a Caffeine cache, each for the time to live from when it was verified, at most
 * {@value #MAX_ENTRIES} of them.
 */
final class BasicCredentialCache {

    static final int MAX_ENTRIES = 10_000;

    /** What a verified username and password were checked against. */
    record Entry(String username, String passwordHash, Actor actor, long writeCount) {

        /** Whether the account may be taken as it was when this entry was made: nothing has been written since. */
        boolean unchangedAt(long currentWriteCount) {
            return writeCount >= 0 && currentWriteCount == writeCount;
        }
    }

    private final byte[] key = new byte[32];
    /** Null when the time to live is zero: nothing is kept. */
    private final Cache<String, Entry> entries;

    BasicCredentialCache(Duration ttl) {
        this.entries = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl).executor(Runnable::run).build();
        new SecureRandom().nextBytes(key);
    }

    String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live entry under {@code key}, or null. */
    Entry get(String key) {
        return entries == null ? null : entries.getIfPresent(key);
    }

    void put(String key, Entry entry) {
        if (entries != null) {
            entries.put(key, entry);
        }
    }

    void remove(String key) {
        if (entries != null) {
            entries.invalidate(key);
        }
    }

    /** Forgets every entry of {@code username} (its password changed or it was locked here). */
    void forget(String username) {
        if (entries != null) {
            entries.asMap().values().removeIf(e -> e.username().equals(username));
        }
    }

    int size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return (int) entries.estimatedSize();
    }
}
