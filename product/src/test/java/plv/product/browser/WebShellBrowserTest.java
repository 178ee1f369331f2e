package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import com.sun.net.httpserver.HttpServer;

/**
 * The web shell and its security, in Debian's chromium against the real product jar with the demo users
 * (docs/demo-users.md). Every page visited is checked with axe-core.
 */
class WebShellBrowserTest extends DemoProductBrowserTest {

    private static final String XSS = "<script>alert(1)</script>";
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void freshBrowser() {
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void signInShowsTheDashboardAndSignOutEndsTheSession() throws Exception {
        browser.open("/");
        assertThat(browser.path()).startsWith("/sign-in?next=");
        browser.assertAccessible();
        // before sign-in the server keeps nothing: the browser holds a visit cookie its CSRF token derives from
        assertThat(browser.driver.manage().getCookieNamed("PLV_SESSION")).isNull();
        String anonymous = browser.driver.manage().getCookieNamed("PLV_VISIT").getValue();

        browser.type("#username", "secretary");
        browser.type("#password", "plv-demo-secretary");
        browser.clickAndWait("form[action='/sign-in'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text(".who")).contains("Sam Adeyemi", "Company secretary");
        assertThat(browser.text("h1")).isEqualTo("Dashboard");
        assertThat(browser.all("nav.side a").stream().map(WebElement::getText)).contains("Dashboard", "Users", "Bundles");
        browser.assertAccessible();
        Path shot = browser.screenshot("dashboard");
        if (System.getProperty("plv.workspace") != null) { // bin/plv screenshots: refresh the picture in the user guide
            Path docs = Path.of(System.getProperty("plv.workspace")).resolve("docs/user-guide/dashboard.png");
            Files.createDirectories(docs.getParent());
            Files.write(docs, Files.readAllBytes(shot));
        }
        assertThat(Files.size(shot)).isGreaterThan(5_000);

        String cookie = browser.driver.manage().getCookieNamed("PLV_SESSION").getValue();
        assertThat(cookie).as("a new session id at sign-in").isNotEqualTo(anonymous);
        assertThat(get("/users", "PLV_SESSION=" + anonymous).statusCode()).as("the visit cookie is no session").isEqualTo(302);
        browser.signOut();
        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.text(".flash")).contains("You have signed out");
        browser.open("/users");
        assertThat(browser.path()).startsWith("/sign-in?next=%2Fusers");
        // the old session id is dead even when replayed by hand
        assertThat(get("/users", "PLV_SESSION=" + cookie).statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.signIn("director", "not the password");
        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.text("#sign-in-error")).contains("username or password is not right");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("director");
        assertThat(browser.driver.manage().getCookieNamed("PLV_SESSION")).as("no session for a refused sign-in").isNull();
        assertThat(browser.driver.manage().getCookieNamed("PLV_VISIT")).isNotNull();
        browser.assertAccessible();
        browser.open("/");
        assertThat(browser.path()).startsWith("/sign-in");
    }

    @Test
    void wrongPasswordsSlowTheGuesserButLockNobodyOutAndTheSecretarysLockEndsTheSession() throws Exception {
        createUser("lockme", "Lock Me", "viewer", "", "a long enough password");
        for (int i = 1; i <= 5; i++) {
            browser.signIn("lockme", "wrong password " + i);
            assertThat(browser.text("#sign-in-error")).as("the same answer as for an unknown username")
                    .contains("username or password is not right");
        }
        // from this address attempts must now wait a second or two (how much of it is left depends on the machine's
        // speed); the account itself is never locked by guesses
        browser.signIn("lockme", "a long enough password");
        if (!browser.path().equals("/")) {
            assertThat(browser.text("#sign-in-error")).contains("Wait").doesNotContain("locked");
            Thread.sleep(2_500);
            browser.signIn("lockme", "a long enough password");
        }
        assertThat(browser.path()).as("the right password after the wait").isEqualTo("/");
        assertThat(browser.text(".who")).contains("Lock Me", "Viewer");
        assertThat(browser.all("nav.side a").stream().map(WebElement::getText)).doesNotContain("Users", "Bundles");
        String lockedOut = browser.driver.manage().getCookieNamed("PLV_SESSION").getValue();
        assertThat(get("/", "PLV_SESSION=" + lockedOut).statusCode()).isEqualTo(200);
        browser.open("/users");
        assertThat(browser.text("h1")).isEqualTo("You cannot see or do this");
        browser.assertAccessible();

        // the secretary locks the account: its live session ends at once, and its password no longer signs in
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/users/lockme");
        browser.clickAndWait("form[action='/users/lockme/lock'] button");
        assertThat(browser.text(".flash")).contains("Locked lockme");
        assertThat(browser.text(".facts")).contains("Locked until");
        browser.assertAccessible();
        assertThat(get("/", "PLV_SESSION=" + lockedOut).statusCode()).as("the locked user's session is gone").isEqualTo(302);
        browser.signIn("lockme", "a long enough password");
        assertThat(browser.text("#sign-in-error")).contains("locked");

        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/users/lockme");
        browser.clickAndWait("form[action='/users/lockme/unlock'] button");
        assertThat(browser.text(".flash")).contains("Unlocked lockme");
        browser.signIn("lockme", "a long enough password");
        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    void aScriptInANameIsShownAsText() {
        createUser("xss.name", XSS, "director", "", "a long enough password");
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/users?q=xss");
        assertThat(browser.text("td.display-name")).isEqualTo(XSS);
        assertNoAlert();
        browser.open("/users/xss.name");
        assertThat(browser.text("dd.display-name")).isEqualTo(XSS);
        assertNoAlert();
        browser.signIn("xss.name", "a long enough password");
        assertThat(browser.text(".who strong")).isEqualTo(XSS);
        assertNoAlert();
        browser.assertAccessible();
    }

    @Test
    void aFormWithErrorsKeepsWhatWasTypedAndCreatesNothing() {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/users/new");
        browser.assertAccessible();
        browser.type("#username", "new.mo");
        browser.type("#displayName", "New Monitoring Officer");
        new org.openqa.selenium.support.ui.Select(browser.find("#role")).selectByValue("monitoring-officer");
        browser.type("#password", "short");
        browser.clickAndWait("form[action='/users'] button[type=submit]");
        assertThat(browser.text("#councilGss-error")).contains("GSS code");
        assertThat(browser.text("#password-error")).contains("at least 12 characters");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("new.mo");
        assertThat(browser.find("#displayName").getAttribute("value")).isEqualTo("New Monitoring Officer");
        browser.assertAccessible();
        browser.open("/users/new.mo");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.assertAccessible();
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        String session = browser.driver.manage().getCookieNamed("PLV_SESSION").getValue();

        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!DOCTYPE html><html lang=en><title>Win a prize</title><form id=f method=post action='"
                + product.url("/users") + "'><input name=username value=evil.user><input name=displayName value=Evil>"
                + "<input name=role value=secretary><input name=password value='evil password 123'>"
                + "<button id=go>Claim</button></form>").getBytes(StandardCharsets.UTF_8);
        evil.createContext("/", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        evil.start();
        try {
            browser.driver.get("http://localhost:" + evil.getAddress().getPort() + "/");
            browser.clickAndWait("#go");
            assertThat(browser.driver.getPageSource()).contains("nothing was changed");
        } finally {
            evil.stop(0);
        }
        // the same post made with the real session cookie but without the CSRF token
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(product.url("/users")))
                .header("Cookie", "PLV_SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=evil.user&displayName=Evil&role=secretary&password=evil+password+123"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("no valid security token");

        browser.open("/users/evil.user");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndTheCookieIsLockedDown() throws Exception {
        HttpResponse<String> signIn = get("/sign-in", null);
        for (HttpResponse<String> r : List.of(signIn, get("/", null), get("/no-such-page", null))) {
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
        }
        assertThat(signIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .startsWith("PLV_VISIT=").contains("HttpOnly", "SameSite=Strict"));
    }

    @Test
    void theApiTakesBasicAndTokensButNotASessionWithoutItsToken() throws Exception {
        assertThat(api("/api/me", null).statusCode()).isEqualTo(401);
        HttpResponse<String> basic = api("/api/me", "Basic " + b64("mo.camden:plv-demo-camden"));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.body()).contains("\"councilGss\":\"E09000007\"", "\"role\":\"monitoring-officer\"");
        assertThat(api("/api/me", "Basic " + b64("mo.camden:wrong password")).statusCode()).isEqualTo(401);

        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/users/mo.hackney");
        browser.type("#label", "Hackney decisions feed");
        browser.clickAndWait("form[action='/users/mo.hackney/tokens'] button");
        Matcher m = Pattern.compile("(plv_[A-Za-z0-9_-]{20,})").matcher(browser.text(".flash"));
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        HttpResponse<String> bearer = api("/api/me", "Bearer " + token);
        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(bearer.body()).contains("\"username\":\"mo.hackney\"");
        browser.assertAccessible();

        String session = browser.driver.manage().getCookieNamed("PLV_SESSION").getValue();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(product.url("/api/me")))
                .header("Cookie", "PLV_SESSION=" + session).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("a state-changing API call on a session cookie alone").isEqualTo(403);

        browser.clickAndWait("form[action$='/revoke'] button");
        assertThat(browser.text(".flash")).contains("Revoked token Hackney decisions feed");
        assertThat(api("/api/me", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void navigationFollowsTheBundleThatContributesIt() {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/admin/bundles");
        browser.assertAccessible();
        Optional<WebElement> row = browser.all("tr[data-bundle]").stream()
                .filter(r -> !r.findElements(By.cssSelector("button")).isEmpty())
                .filter(r -> !r.findElements(By.cssSelector("td")).get(3).getText().isBlank()).findFirst();
        assertThat(row).as("an area or programme bundle that contributes navigation").isPresent();
        String bundle = row.get().getAttribute("data-bundle");
        String link = row.get().findElements(By.cssSelector("td")).get(3).getText().split(", ")[0];
        assertThat(navLinks()).contains(link);
        String href = browser.all("nav.side a").stream().filter(a -> a.getText().equals(link)).findFirst().orElseThrow()
                .getAttribute("href");
        String page = href.substring(href.indexOf('/', "http://".length()));

        browser.clickAndWait(row.get().findElement(By.cssSelector("button")));
        assertThat(browser.text(".flash")).contains("Stopped " + bundle);
        assertThat(navLinks()).doesNotContain(link);
        browser.open(page);
        assertThat(browser.text("h1")).as("%s of the stopped bundle", page).isEqualTo("Page not found");
        browser.assertAccessible();
        browser.open("/admin/bundles");

        browser.clickAndWait("tr[data-bundle='" + bundle + "'] button");
        assertThat(browser.text(".flash")).contains("Started " + bundle);
        assertThat(navLinks()).contains(link);
        browser.open(page);
        assertThat(browser.text("h1")).isNotEqualTo("Page not found");
    }

    /**
     * Uses the council decisions pages (plv.decisions.web) as the council-owned records: a monitoring officer for
     * Camden opens a Hackney decision by typing its address.
     */
    @Test
    void aMonitoringOfficerIsRefusedAnotherCouncilsRecordByUrl() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        String hackney = firstDecisionOf("E09000012");
        String camden = firstDecisionOf("E09000007");

        browser.signIn("mo.camden", "plv-demo-camden");
        browser.open(camden);
        assertThat(browser.text("h1")).isNotEqualTo("You cannot see or do this");
        browser.assertAccessible();
        browser.open(hackney);
        assertThat(browser.text("h1")).isEqualTo("You cannot see or do this");
        String session = browser.driver.manage().getCookieNamed("PLV_SESSION").getValue();
        assertThat(get(hackney, "PLV_SESSION=" + session).statusCode()).isEqualTo(403);
        assertThat(get(camden, "PLV_SESSION=" + session).statusCode()).isEqualTo(200);
        browser.assertAccessible();
    }

    private String firstDecisionOf(String councilGss) {
        browser.open("/decisions?council=" + councilGss);
        browser.assertAccessible();
        return browser.all("main a[href^='/decisions/']").stream().map(a -> a.getAttribute("href"))
                .map(h -> h.substring(h.indexOf("/decisions/"))).filter(h -> h.matches("/decisions/\\d+")).findFirst()
                .orElseThrow(() -> new AssertionError("no decision of " + councilGss + " in the demo data"));
    }

    private List<String> navLinks() {
        return browser.all("nav.side a").stream().map(WebElement::getText).toList();
    }

    private void createUser(String username, String displayName, String role, String council, String password) {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/users/new");
        browser.type("#username", username);
        browser.type("#displayName", displayName);
        new org.openqa.selenium.support.ui.Select(browser.find("#role")).selectByValue(role);
        browser.type("#councilGss", council);
        browser.type("#password", password);
        browser.clickAndWait("form[action='/users'] button[type=submit]");
        assertThat(browser.text(".flash")).contains("Created user " + username);
        browser.signOut();
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(product.url(path)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(product.url(path)));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
