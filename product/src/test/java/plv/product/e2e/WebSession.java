package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import plv.product.ProductProcess;

/**
 * A signed-in user of the running product over plain HTTP (cookies kept, redirects followed), with what the site tests
 * need: the links the product rendered on a page, and a breadth-first walk over them.
 */
final class WebSession {

    /** A Java stack trace, or an exception's class name, leaking into an answer. */
    static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\))|java\\.lang\\.\\w+Exception|org\\.eclipse\\.persistence\\.exceptions");

    /** Sort and page links multiply the addresses of one page without adding new pages: at most this many per path. */
    private static final int MAX_QUERIES_PER_PATH = 4;

    /** Where the product answers, e.g. {@code http://127.0.0.1:8080}: one node, or a proxy in front of several. */
    private final String origin;
    private final HttpClient client;

    private WebSession(String origin, HttpClient client) {
        this.origin = origin;
        this.client = client;
    }

    /** Waits for the sign-in page (the web bundles start after /health answers). */
    static void awaitSignInPage(ProductProcess product) throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        long end = System.currentTimeMillis() + 90_000;
        while (anonymous.send(HttpRequest.newBuilder(URI.create(product.url("/sign-in"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            assertThat(System.currentTimeMillis()).as("the sign-in page answers within 90 s").isLessThan(end);
            Thread.sleep(250);
        }
    }

    static WebSession signIn(ProductProcess product, String username, String password) throws Exception {
        return signIn(product.url(""), username, password);
    }

    static WebSession signIn(String origin, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        WebSession session = new WebSession(origin, client);
        Document page = Jsoup.parse(session.get("/sign-in").body());
        Element csrf = page.selectFirst("form[action=/sign-in] input[name=csrf]");
        assertThat(csrf).as("the sign-in form carries a CSRF token").isNotNull();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf.val());
        form.put("next", "/");
        form.put("username", username);
        form.put("password", password);
        HttpResponse<String> signedIn = session.post("/sign-in", form);
        assertThat(signedIn.uri().getPath()).as("%s is signed in and on the dashboard", username).isEqualTo("/");
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data POST: the fields in order (put the CSRF token first), then one file. */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            String content) throws IOException, InterruptedException {
        String b = "----plvBoundary" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--").append(b).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(b).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content)
                .append("\r\n--").append(b).append("--\r\n");
        return client.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + b)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What one step of a {@link #walk} saw. */
    record Visit(String address, String linkedFrom, HttpResponse<String> response, Document html) {
    }

    /**
     * Follows the product's own links breadth first from {@code start}, visiting at most {@code maxPages} addresses;
     * {@code html} is null for answers that are not an HTML page.
     *
     * @return the number of addresses visited
     */
    int walk(String start, int maxPages, Consumer<Visit> onVisit) throws IOException, InterruptedException {
        Map<String, Integer> queriesPerPath = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] { start, "(start)" });
        int visited = 0;
        while (!queue.isEmpty() && visited < maxPages) {
            String[] next = queue.poll();
            HttpResponse<String> r = get(next[0]);
            visited++;
            boolean html = r.statusCode() == 200 && r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            Document doc = html ? Jsoup.parse(r.body(), r.uri().toString()) : null;
            onVisit.accept(new Visit(next[0], next[1], r, doc));
            if (doc == null) {
                continue;
            }
            for (String link : links(doc)) {
                String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
                if (link.contains("?") && queriesPerPath.merge(path, 1, Integer::sum) > MAX_QUERIES_PER_PATH) {
                    continue;
                }
                if (seen.add(link)) {
                    queue.add(new String[] { link, r.uri().getPath() });
                }
            }
        }
        return visited;
    }

    /** The product's own links on a page: same-origin paths with their query, without fragments. */
    private List<String> links(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.absUrl("href");
            if (!href.startsWith(origin + "/")) {
                continue;
            }
            int hash = href.indexOf('#');
            out.add((hash >= 0 ? href.substring(0, hash) : href).substring(origin.length()));
        }
        return out;
    }

    /** The CSRF token of the form on {@code path}, as a signed-in user's browser would send it back. */
    String csrf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Element token = Jsoup.parse(page.body()).selectFirst("input[name=csrf]");
        if (token == null) {
            throw new IllegalStateException(path + " has no CSRF token (HTTP " + page.statusCode() + ", at " + page.uri() + ")");
        }
        return token.val();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
