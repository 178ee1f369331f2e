package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import plv.platform.api.Actor;
import plv.platform.api.Role;

class BasicCredentialCacheTest {

    private static final Actor SEC = new Actor("sec", "Sec", Role.SECRETARY, null);

    @Test
    void aVerifiedPasswordIsRememberedUnderAKeyedHashUntilForgotten() {
        BasicCredentialCache cache = new BasicCredentialCache(Duration.ofMinutes(2));
        String key = cache.key("sec", "Long-enough-secret-1");
        assertThat(key).doesNotContain("Long-enough").isNotEqualTo(cache.key("sec", "Long-enough-secret-2"))
                .isNotEqualTo(new BasicCredentialCache(Duration.ofMinutes(2)).key("sec", "Long-enough-secret-1"));
        assertThat(cache.get(key)).isNull();
        cache.put(key, new BasicCredentialCache.Entry("sec", "pbkdf2-sha512$1$a$b", SEC, 7));
        assertThat(cache.get(key).passwordHash()).isEqualTo("pbkdf2-sha512$1$a$b");
        cache.forget("sec");
        assertThat(cache.get(key)).isNull();
    }

    @Test
    void anEntryExpiresAndAZeroLifetimeKeepsNothing() throws InterruptedException {
        BasicCredentialCache shortLived = new BasicCredentialCache(Duration.ofMillis(1));
        String key = shortLived.key("u", "p");
        shortLived.put(key, new BasicCredentialCache.Entry("u", "h", SEC, 7));
        Thread.sleep(5);
        assertThat(shortLived.get(key)).isNull();
        BasicCredentialCache off = new BasicCredentialCache(Duration.ZERO);
        off.put(key, new BasicCredentialCache.Entry("u", "h", SEC, 7));
        assertThat(off.size()).isZero();
    }

    @Test
    void anEntryStandsForTheAccountOnlyWhileTheStoreHasNotBeenWritten() {
        BasicCredentialCache cache = new BasicCredentialCache(Duration.ofMinutes(2));
        String key = cache.key("sec", "p");
        cache.put(key, new BasicCredentialCache.Entry("sec", "h", SEC, 7));
        BasicCredentialCache.Entry entry = cache.get(key);
        assertThat(entry.actor()).isEqualTo(SEC);
        assertThat(entry.unchangedAt(7)).isTrue();
        assertThat(entry.unchangedAt(8)).as("a write here or on another node since").isFalse();
        cache.put(key, new BasicCredentialCache.Entry("sec", "h", SEC, -1));
        assertThat(cache.get(key).unchangedAt(-1)).as("a store that cannot count (or hear other nodes)").isFalse();
    }
}
