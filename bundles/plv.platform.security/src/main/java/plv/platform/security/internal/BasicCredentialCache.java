package plv.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import plv.platform.api.Actor;

/**
 * HTTP Basic credentials verified in the last few seconds, so that an API client sending its password on every call
 * does not cost a PBKDF2 run each time. Kept under HMAC-SHA256(username, password) with a random key made at start
 * and never stored, so the memory holds no password and nothing that can be checked offline without that key. An
 * entry also remembers the stored password hash it was verified against, the account it stood for, and the security
 * store's write count ({@link plv.platform.api.persistence.Store#writeCount()}) taken before the account was read: while
 * that count is unchanged no user, token, session or throttle row has changed on any node, so the entry is used without
 * reading the account again; once it has changed, the account is read again and a changed password or a lock ends the
 * entry.
 */
final class BasicCredentialCache {

    static final int MAX_ENTRIES = 10_000;

    /** What a verified username and password were checked against. */
    record Entry(String username, String passwordHash, Actor actor, long writeCount, long expiresAtNanos) {
        Entry(String username, String passwordHash, Actor actor, long writeCount) {
            this(username, passwordHash, actor, writeCount, 0);
        }

        /** Whether the account may be taken as it was when this entry was made: nothing has been written since. */
        boolean unchangedAt(long currentWriteCount) {
            return writeCount >= 0 && currentWriteCount == writeCount;
        }
    }

    private final long ttlNanos;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    BasicCredentialCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
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
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (System.nanoTime() - e.expiresAtNanos() > 0) {
            entries.remove(key, e);
            return null;
        }
        return e;
    }

    void put(String key, Entry entry) {
        if (ttlNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> now - e.expiresAtNanos() > 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(entry.username(), entry.passwordHash(), entry.actor(), entry.writeCount(),
                System.nanoTime() + ttlNanos));
    }

    void remove(String key) {
        entries.remove(key);
    }

    /** Forgets every entry of {@code username} (its password changed or it was locked here). */
    void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    int size() {
        return entries.size();
    }
}
