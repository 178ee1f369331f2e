package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plv.product.ProductProcess;

/**
 * The product behind HTTPS ({@code plv.http.secure=true}): every cookie is Secure and HSTS is sent; and sessions
 * are kept in the database, so a signed-in user stays signed in when another process (here: the product started
 * again on the same database) answers.
 */
class SecureSessionsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String[] SETTINGS = { "-Dplv.http.secure=true", "-Dplv.admin.user=sec",
            "-Dplv.admin.password=Long-enough-secret-1" };

    /** Cookies kept by hand: a client honouring Secure would not send them over the plain HTTP of this test. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Test
    void secureCookiesAndHstsAndASessionThatOutlivesTheProcess() throws Exception {
        Path home = ProductProcess.newHome("secure");
        String session;
        try (ProductProcess p = started(home)) {
            HttpResponse<String> form = awaitSignInPage(p);
            assertThat(form.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(form.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c).contains("; Secure", "HttpOnly", "SameSite=Strict"));
            Matcher m = CSRF.matcher(form.body());
            assertThat(m.find()).isTrue();
            HttpResponse<String> signedIn = send(p, HttpRequest.newBuilder(URI.create(p.url("/sign-in")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(m.group(1)) + "&next=%2F&username=sec&password="
                            + enc("Long-enough-secret-1"))));
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("PLV_SESSION=")
                    .contains("; Secure"));
            session = cookies.get("PLV_SESSION");
            HttpResponse<String> dashboard = send(p, HttpRequest.newBuilder(URI.create(p.url("/"))));
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("Signed in as");
            p.terminate();
        }
        // Another process on the same database: the same cookie is still a signed-in session.
        try (ProductProcess p = started(home)) {
            awaitSignInPage(p);
            assertThat(cookies.get("PLV_SESSION")).isEqualTo(session);
            HttpResponse<String> dashboard = send(p, HttpRequest.newBuilder(URI.create(p.url("/"))));
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("Signed in as");

            // Sign-out ends it, on every process.
            Matcher m = CSRF.matcher(dashboard.body());
            assertThat(m.find()).isTrue();
            assertThat(send(p, HttpRequest.newBuilder(URI.create(p.url("/sign-out")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(m.group(1))))).statusCode()).isEqualTo(302);
            cookies.put("PLV_SESSION", session);
            assertThat(send(p, HttpRequest.newBuilder(URI.create(p.url("/")))).statusCode()).isEqualTo(302);
        }
    }

    /** Started and healthy; a loaded machine may need longer than the usual 90 s. */
    private static ProductProcess started(Path home) throws Exception {
        ProductProcess p = ProductProcess.start(home, SETTINGS);
        try {
            p.awaitHealthy(Duration.ofSeconds(240));
            return p;
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
    }

    private HttpResponse<String> awaitSignInPage(ProductProcess p) throws Exception {
        long end = System.currentTimeMillis() + 180_000;
        while (true) {
            HttpResponse<String> r = send(p, HttpRequest.newBuilder(URI.create(p.url("/sign-in"))));
            if (r.statusCode() == 200 || System.currentTimeMillis() > end) {
                return r;
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> send(ProductProcess p, HttpRequest.Builder b) throws Exception {
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (c.contains("Max-Age=0")) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
