package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session against the framework's web server, for in-framework tests that post the real forms: cookies
 * kept, redirects not followed, the last page's CSRF token remembered and sent with every form.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** The client, for a test that builds a request of its own (with {@link #uri(String)}). */
    public final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
            .build();
    private String csrf;

    private WebSession() {
    }

    /** Signs {@code username} in with {@code password} (waiting up to 15 s for the sign-in page), as a browser does. */
    public static WebSession signedIn(String username, String password) throws Exception {
        WebSession s = new WebSession();
        for (int i = 0; i < 75 && s.get("/sign-in").statusCode() != 200; i++) {
            Thread.sleep(200);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("next", "/");
        fields.put("username", username);
        fields.put("password", password);
        assertThat(s.post("/sign-in", fields).statusCode()).as("sign-in of " + username).isEqualTo(302);
        s.get("/");
        return s;
    }

    /** The CSRF token of the last page read. */
    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** Posts {@code fields} (in their order) and the CSRF token as a form. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return postEncoded(path, fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    /** Posts an already encoded form body ({@code a=1&b=2}), the CSRF token first. */
    public HttpResponse<String> postEncoded(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(csrf) + (body.isEmpty() ? "" : "&" + body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code fields} and one file in the field {@code file} as multipart/form-data, with the CSRF token. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, String contentType, byte[] content)
            throws Exception {
        String b = "----plvitest" + ThreadLocalRandom.current().nextInt(1 << 30);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", csrf);
        all.putAll(fields);
        all.forEach((k, v) -> body.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + b)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The framework's web server's address of {@code path}. */
    public static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + path);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
