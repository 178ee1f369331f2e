package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BasicCredentialCacheTest {

    @Test
    void aVerifiedPasswordIsRememberedUnderAKeyedHashUntilForgotten() {
        BasicCredentialCache cache = new BasicCredentialCache(Duration.ofMinutes(2));
        String key = cache.key("sec", "Long-enough-secret-1");
        assertThat(key).doesNotContain("Long-enough").isNotEqualTo(cache.key("sec", "Long-enough-secret-2"))
                .isNotEqualTo(new BasicCredentialCache(Duration.ofMinutes(2)).key("sec", "Long-enough-secret-1"));
        assertThat(cache.get(key)).isNull();
        cache.put(key, new BasicCredentialCache.Entry("sec", "pbkdf2-sha512$1$a$b"));
        assertThat(cache.get(key).passwordHash()).isEqualTo("pbkdf2-sha512$1$a$b");
        cache.forget("sec");
        assertThat(cache.get(key)).isNull();
    }

    @Test
    void anEntryExpiresAndAZeroLifetimeKeepsNothing() throws InterruptedException {
        BasicCredentialCache shortLived = new BasicCredentialCache(Duration.ofMillis(1));
        String key = shortLived.key("u", "p");
        shortLived.put(key, new BasicCredentialCache.Entry("u", "h"));
        Thread.sleep(5);
        assertThat(shortLived.get(key)).isNull();
        BasicCredentialCache off = new BasicCredentialCache(Duration.ZERO);
        off.put(key, new BasicCredentialCache.Entry("u", "h"));
        assertThat(off.size()).isZero();
    }
}
