package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class RequestChecksTest {

    @Test
    void onlySafeMethodsAreExemptFromTheCsrfCheck() {
        assertThat(RequestChecks.changesState("GET")).isFalse();
        assertThat(RequestChecks.changesState("HEAD")).isFalse();
        assertThat(RequestChecks.changesState("POST")).isTrue();
        assertThat(RequestChecks.changesState("put")).isTrue();
        assertThat(RequestChecks.changesState("DELETE")).isTrue();
        assertThat(RequestChecks.changesState("PATCH")).isTrue();
    }

    @Test
    void aRequestFromAnotherSiteIsRecognised() {
        assertThat(RequestChecks.crossSite("cross-site", null, "127.0.0.1:8080")).isTrue();
        assertThat(RequestChecks.crossSite(null, "http://evil.example", "127.0.0.1:8080")).isTrue();
        assertThat(RequestChecks.crossSite(null, "http://127.0.0.1:9999", "127.0.0.1:8080")).isTrue();
        assertThat(RequestChecks.crossSite(null, "null", "127.0.0.1:8080")).isTrue();
        assertThat(RequestChecks.crossSite("same-origin", "http://127.0.0.1:8080", "127.0.0.1:8080")).isFalse();
        assertThat(RequestChecks.crossSite(null, null, "127.0.0.1:8080")).isFalse();
    }

    @Test
    void basicCredentialsAreDecodedAndBrokenOnesIgnored() {
        String header = "Basic " + Base64.getEncoder().encodeToString("mo.camden:pass:with:colons".getBytes(StandardCharsets.UTF_8));
        assertThat(RequestChecks.basic(header)).hasValueSatisfying(c -> {
            assertThat(c.username()).isEqualTo("mo.camden");
            assertThat(c.password()).isEqualTo("pass:with:colons");
            assertThat(c.toString()).doesNotContain("pass");
        });
        assertThat(RequestChecks.basic("Basic !!!not-base64")).isEmpty();
        assertThat(RequestChecks.basic("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(RequestChecks.basic("Bearer plv_abc")).isEmpty();
        assertThat(RequestChecks.bearer("Bearer plv_abc")).contains("plv_abc");
        assertThat(RequestChecks.bearer("Bearer   ")).isEmpty();
    }

    @Test
    void afterSignInOnlyLocalPathsAreFollowed() {
        assertThat(RequestChecks.safeLocalPath("/members?page=2")).isTrue();
        assertThat(RequestChecks.safeLocalPath("//evil.example/")).isFalse();
        assertThat(RequestChecks.safeLocalPath("/\\evil.example")).isFalse();
        assertThat(RequestChecks.safeLocalPath("https://evil.example/")).isFalse();
        assertThat(RequestChecks.safeLocalPath("/ok\r\nSet-Cookie: x")).isFalse();
        assertThat(RequestChecks.safeLocalPath(null)).isFalse();
    }

    @Test
    void apiPathsAreTold() {
        assertThat(RequestChecks.isApi("/api/decisions")).isTrue();
        assertThat(RequestChecks.isApi("/api")).isTrue();
        assertThat(RequestChecks.isApi("/apiary")).isFalse();
    }

    @Test
    void jsonMessagesCannotBreakOutOfTheirString() {
        assertThat(SecurityFilter.jsonEscape("a\"b</script>\n")).isEqualTo("a\\\"b\\u003c/script\\u003e\\u000a");
    }
}
