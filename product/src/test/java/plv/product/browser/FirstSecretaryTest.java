package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plv.product.ProductProcess;

/**
 * Without demo data: the first secretary comes from the framework properties, further users from the shell command
 * {@code plv:user-add}; each can then sign in, and nobody else can.
 */
class FirstSecretaryTest {

    @Test
    void theFirstSecretaryComesFromSettingsAndTheShell() throws Exception {
        try (ProductProcess p = ProductProcess.startAndWait(ProductProcess.newHome("first-secretary"),
                "-Dplv.admin.user=first.sec", "-Dplv.admin.password=first secretary password")) {
            awaitSignInPage(p);
            assertThat(signIn(p, "first.sec", "first secretary password")).isEqualTo(302);
            assertThat(signIn(p, "secretary", "plv-demo-secretary")).as("no demo users without plv.demo").isEqualTo(401);

            assertThat(p.shell("plv:user-add mo.x monitoring-officer 'mo password 12345'")).contains("Not created", "councilGss");
            assertThat(p.shell("plv:user-add mo.x monitoring-officer 'mo password 12345' E09000012"))
                    .contains("Created mo.x (monitoring-officer, E09000012)");
            assertThat(signIn(p, "mo.x", "mo password 12345")).isEqualTo(302);
        }
    }

    private static void awaitSignInPage(ProductProcess p) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (p.get("/sign-in").statusCode() != 200 && System.nanoTime() < end) {
            Thread.sleep(250);
        }
    }

    /** Signs in as a browser would (form with its CSRF token); answers the status: 302 signed in, 401 refused. */
    private static int signIn(ProductProcess p, String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(p.url("/sign-in"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(m.find()).as("CSRF token on the sign-in form").isTrue();
        String body = "csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        return http.send(HttpRequest.newBuilder(URI.create(p.url("/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
