package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven by Debian's chromedriver (Selenium downloads nothing), with the axe-core
 * accessibility check from the npm registry.
 */
final class Browser implements AutoCloseable {

    private static final String AXE_VERSION = "4.14.1";
    final WebDriver driver;
    private final RunningProduct product;
    private final String axe;

    Browser(RunningProduct product) throws IOException, InterruptedException {
        this.product = product;
        this.axe = Files.readString(axeScript());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(product.url(path));
    }

    String path() {
        return driver.getCurrentUrl().substring(product.url("").length());
    }

    /** The element, waiting up to 10 s for it: under load the page the last click asked for may still be arriving. */
    WebElement find(String css) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        type("#username", username);
        type("#password", password);
        clickAndWait("form[action='/sign-in'] button[type=submit]");
        // done when we have left the sign-in page, or it says why not
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !path().startsWith("/sign-in")
                || !d.findElements(By.cssSelector("#sign-in-error, .error-summary")).isEmpty());
    }

    void signOut() {
        clickAndWait("form[action='/sign-out'] button");
    }

    /**
     * Clicks an element that submits a form or follows a link, and returns once the browser has left the current
     * document: a plain click returns as soon as the event is dispatched, and reading the URL then may still see the
     * old page.
     */
    void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    void clickAndWait(WebElement element) {
        WebElement root = driver.findElement(By.tagName("html"));
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(root));
    }

    /**
     * Whether an element's document has been replaced. Chromium reports a node of a discarded document either as stale
     * or, while the new page is being attached, as "Node with given id does not belong to the document": both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void type(String css, String value) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(value);
    }

    /** Sets a field's value directly: chromium's date and time inputs do not take typed text reliably. */
    void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /**
     * Posts a hand-made form body from the page with the browser's own session (so with its cookie) and answers the
     * status, without following a redirect: for proving the server refuses what the page does not offer.
     */
    Object post(String path, String body) {
        return ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                + " body: arguments[1], redirect: 'manual'}).then(r => done(r.status)).catch(e => done(String(e)));", path, body);
    }

    /** Runs axe-core on the page and fails on any serious or critical WCAG 2.x A/AA violation. */
    void assertAccessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ')}))))"
                        + ".catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: ''}]));");
        List<Map<String, Object>> bad = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        assertThat(bad).as("axe-core serious/critical violations on %s:\n%s", path(),
                bad.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** axe.min.js from the npm registry ({@code npm pack axe-core}), fetched once into target/axe. */
    private static Path axeScript() throws IOException, InterruptedException {
        Path dir = Path.of("target", "axe").toAbsolutePath();
        Path script = dir.resolve("package/axe.min.js");
        if (Files.isRegularFile(script)) {
            return script;
        }
        Files.createDirectories(dir);
        run(dir, "npm", "pack", "--silent", "axe-core@" + AXE_VERSION);
        run(dir, "tar", "xzf", "axe-core-" + AXE_VERSION + ".tgz");
        assertThat(script).as("axe-core from npm").isRegularFile();
        return script;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("%s: %s", String.join(" ", command), out).isZero();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Checks a screenshot is a real picture; with bin/plv screenshots also copies it into docs/user-guide. */
    static void keep(Path shot, String name) throws Exception {
        if (System.getProperty("plv.workspace") != null) { // bin/plv screenshots: refresh the pictures in the user guide
            Path docs = Path.of(System.getProperty("plv.workspace")).resolve("docs/user-guide").resolve(name);
            Files.createDirectories(docs.getParent());
            Files.write(docs, Files.readAllBytes(shot));
        }
        assertThat(Files.size(shot)).isGreaterThan(5_000);
    }
}
