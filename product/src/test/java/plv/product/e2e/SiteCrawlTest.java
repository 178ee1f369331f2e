package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.product.ProductProcess;

/**
 * Every page a user can reach by following links, for each demo role (docs/demo-users.md): signed in as that user,
 * the crawler follows every link the product itself rendered, breadth first from the dashboard. A link the product
 * shows must work for the person it is shown to: no 5xx, no 404 (a broken link), no 403 (a link to something the
 * reader may not see), and no Java stack trace in any answer. Whatever bundles add pages, this walks them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteCrawlTest {

    /** Bounds the walk: sort and page links multiply the addresses of one page without adding new pages. */
    private static final int MAX_PAGES = 400;
    private static final int MAX_QUERIES_PER_PATH = 4;
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*?href=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\))|java\\.lang\\.\\w+Exception|org\\.eclipse\\.persistence\\.exceptions");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private ProductProcess product;

    @BeforeAll
    void start() throws Exception {
        product = ProductProcess.startAndWait(ProductProcess.newHome("crawl"), "-Dplv.demo=true");
        HttpClient anonymous = HttpClient.newHttpClient();
        long end = System.currentTimeMillis() + 90_000;
        while (anonymous.send(get("/sign-in"), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            assertThat(System.currentTimeMillis()).as("the sign-in page answers within 90 s").isLessThan(end);
            Thread.sleep(250);
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (product != null) {
            product.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "secretary, plv-demo-secretary", "director, plv-demo-director", "mo.camden, plv-demo-camden",
            "commissioner, plv-demo-commissioner", "viewer, plv-demo-viewer" })
    void everyLinkShownToAUserWorksForThatUser(String username, String password) throws Exception {
        HttpClient user = signIn(username, password);
        Map<String, Integer> queriesPerPath = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Deque<String[]> queue = new ArrayDeque<>(); // {address, the page that linked to it}
        queue.add(new String[] { "/", "(start)" });
        List<String> problems = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String[] next = queue.poll();
            HttpResponse<String> r = user.send(get(next[0]), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            visited++;
            int status = r.statusCode();
            String body = r.body() == null ? "" : r.body();
            if (status >= 400) {
                problems.add(status + " " + next[0] + " (linked from " + next[1] + ")");
            }
            Matcher trace = STACK_TRACE.matcher(body);
            if (trace.find()) {
                problems.add("stack trace in " + next[0] + ": " + trace.group());
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (status != 200 || !type.startsWith("text/html")) {
                continue;
            }
            String here = r.uri().getPath();
            for (String link : links(body, here)) {
                String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
                if (link.contains("?") && queriesPerPath.merge(path, 1, Integer::sum) > MAX_QUERIES_PER_PATH) {
                    continue;
                }
                if (seen.add(link)) {
                    queue.add(new String[] { link, here });
                }
            }
        }
        assertThat(problems).as("links that fail for %s (%d addresses visited)", username, visited).isEmpty();
        assertThat(visited).as("the walk reached beyond the dashboard").isGreaterThan(5);
    }

    /** The product's own links on a page: same-origin paths, without fragments; sign-out is a form, not a link. */
    private static List<String> links(String html, String here) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            int hash = href.indexOf('#');
            if (hash >= 0) {
                href = href.substring(0, hash);
            }
            if (href.isEmpty() || href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")
                    || href.startsWith("//") || href.startsWith("webcal:") || href.startsWith("data:")) {
                continue;
            }
            if (href.startsWith("?")) {
                href = here + href;
            } else if (!href.startsWith("/")) {
                href = URI.create(here).resolve(href).toString();
            }
            out.add(href);
        }
        return out;
    }

    private HttpClient signIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String page = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "csrf=" + enc(csrf.group(1)) + "&next=%2F&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(product.url("/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as("%s is signed in and on the dashboard", username).isEqualTo("/");
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(product.url(path))).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
