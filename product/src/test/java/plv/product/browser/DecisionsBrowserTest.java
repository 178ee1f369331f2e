package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A monitoring officer's review in chromium against the real product with the demo data (plv.demo=true): Camden's
 * monitoring officer takes a record from the queue to confirmed, and is refused Hackney's record by the server, both
 * as a page and as a direct POST with a valid session and CSRF token. Screenshots go to target/screenshots (and to docs/user-guide with bin/plv screenshots).
 */
class DecisionsBrowserTest extends DemoProductBrowserTest {


    @Test
    void monitoringOfficerReviewsFromQueueToConfirmed() throws Exception {
        browser.signIn("mo.camden", "plv-demo-camden");
        browser.open("/reviews");
        List<WebElement> rows = browser.all("table.review-queue tbody tr[data-id]");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.getAttribute("data-gss")).isEqualTo("E09000007"));
        browser.assertAccessible();
        Browser.keep(browser.screenshot("review-queue"), "review-queue.png");

        String id = rows.get(0).getAttribute("data-id");
        browser.clickAndWait("table.review-queue tbody tr[data-id='" + id + "'] a");
        assertThat(browser.path()).isEqualTo("/reviews/" + id);
        assertThat(browser.text("#review-status")).isEqualTo("Awaiting review");
        // the product's own checks against the delegation: value, period and delegated matter all pass here
        assertThat(browser.all("ul.delegation-checks li.passed")).hasSize(3);
        assertThat(browser.all("#failedChecksReason")).isEmpty();
        int consultees = browser.all("input[name^='consulted-'][value='yes']").size();
        assertThat(consultees).isEqualTo(2);
        for (int i = 0; i < consultees; i++) {
            browser.find("input[name='consulted-" + i + "'][value='yes']").click();
            browser.setValue("#consultedOn-" + i, "2023-03-25");
        }
        for (WebElement met : browser.all("input[name^='met-'][value='yes']")) {
            met.click();
        }
        browser.find("input[name='outcome'][value='CONFIRMED']").click();
        browser.type("#comments", "Consulted as required; within the delegation.");
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
        Browser.keep(browser.screenshot("review-form"), "review-form.png");
        browser.clickAndWait("form.review-form button[type=submit]");

        assertThat(browser.path()).isEqualTo("/reviews/" + id);
        assertThat(browser.text("#review-status")).isEqualTo("Confirmed within delegation");
        assertThat(browser.text("ol.reviews")).contains("Confirmed within delegation", "(locked)");
        assertThat(browser.all("form.review-form")).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void anotherCouncilsRecordIsRefusedByTheServer() throws Exception {
        browser.signIn("mo.hackney", "plv-demo-hackney");
        browser.open("/reviews");
        String hackneyRecord = browser.find("table.review-queue tbody tr[data-gss='E09000012']").getAttribute("data-id");

        browser.signIn("mo.camden", "plv-demo-camden");
        browser.open("/reviews");
        assertThat(browser.all("tr[data-gss='E09000012']")).isEmpty();
        browser.open("/reviews/" + hackneyRecord);
        assertThat(browser.text("h1")).contains("You cannot see or do this");
        browser.assertAccessible();

        // a hand-made POST with Camden's own valid session and CSRF token is refused too, and changes nothing
        browser.open("/reviews");
        String own = browser.find("table.review-queue tbody tr[data-id] a").getAttribute("href");
        browser.driver.get(own);
        String csrf = browser.find("form.review-form input[name=csrf]").getAttribute("value");
        Object status = browser.post("/reviews/" + hackneyRecord, "csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)
                + "&consulted-0=yes&consultedOn-0=2023-03-25&consulted-1=yes&consultedOn-1=2023-03-25&met-0=yes&met-1=yes&met-2=yes"
                + "&outcome=CONFIRMED");
        assertThat(status).isEqualTo(403L);
        Object apiCouncils = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/decisions').then(r => r.json()).then(j => done(j.map(d => d.councilGss)))"
                        + ".catch(e => done(String(e)));");
        assertThat(((List<?>) apiCouncils).stream().map(String::valueOf).toList()).isNotEmpty().containsOnly("E09000007");

        browser.signIn("mo.hackney", "plv-demo-hackney");
        browser.open("/reviews/" + hackneyRecord);
        assertThat(browser.text("#review-status")).isEqualTo("Awaiting review");
    }

    @Test
    void secretarySeesTheThirtyThreeCouncilsAsTableAndMap() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/decisions/overview");
        assertThat(browser.all("table.overview tbody tr")).hasSize(33);
        assertThat(browser.all("svg.london-tile-map a[data-gss]")).hasSize(33);
        assertThat(browser.find("svg.london-tile-map a[data-gss='E09000007']").getAttribute("data-standing")).isIn("REVIEW_PENDING", "CONFIRMED");
        assertThat(browser.find("table.overview tr[data-gss='E09000033']").getText()).contains("No decision recorded");
        browser.assertAccessible();
        Browser.keep(browser.screenshot("councils-overview"), "councils-overview.png");
    }
}
