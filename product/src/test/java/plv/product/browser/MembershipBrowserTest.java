package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The company secretary serves a break notice in chromium against the real product with the demo data
 * (plv.demo=true: "PLV Members' Agreement 2023" from 1 April 2023, 6 months' notice): a notice dated 1 October 2025
 * is refused with the last notice date 30 September 2025 and the next break 31 March 2033; a notice dated today is
 * accepted for the break of 31 March 2033 (Brent's renewal is ratified in the demo); the contributions schedule of
 * 2028-29 shows the 29 members whose renewal is ratified at £20,000.00 (the other 2 leave on 31 March 2028); the
 * deadlines page shows the board's, the councils' and the Secure Children's Home's deadlines together, overdue first, and
 * filters them by area.
 * Screenshots go to target/screenshots (and to docs/user-guide with bin/plv screenshots).
 */
class MembershipBrowserTest extends DemoProductBrowserTest {

    @BeforeAll
    void signIn() {
        browser.signIn("secretary", "plv-demo-secretary");
    }

    @Test
    void registerListsThe33AuthoritiesWithTheirStatus() throws Exception {
        browser.open("/members");
        assertThat(browser.all("table.members tbody tr[data-gss]")).hasSize(33);
        // the signing dates after November 2023 are illustrative (seed 004 has 31 agreed in principle by then)
        assertThat(browser.text("tr[data-gss='E09000003']")).contains("Barnet", "Member", "2024-05-01");
        browser.assertAccessible();
        Browser.keep(browser.screenshot("members-register"), "members-register.png");
    }

    @Test
    void breakNoticeTooLateIsRefusedThenInTimeIsRecorded() throws Exception {
        browser.open("/members/E09000005/notice");
        browser.setValue("#servedOn", "2025-10-01");
        browser.type("#servedBy", "Director of Children's Services");
        browser.clickAndWait("#notice-form button[type=submit]");
        assertThat(browser.path()).startsWith("/members/E09000005/notice");
        assertThat(browser.text(".error-summary")).contains("2025-10-01", "2025-09-30", "2026-03-31", "2033-03-31");
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
        Browser.keep(browser.screenshot("break-notice-refused"), "break-notice-refused.png");

        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        browser.setValue("#servedOn", today);
        browser.clickAndWait("#notice-form button[type=submit]");
        assertThat(browser.path()).startsWith("/members/E09000005");
        assertThat(browser.text("#status")).contains("Notice given");
        assertThat(browser.text("#notice-in-force")).contains("2033-03-31");
        browser.assertAccessible();
    }

    @Test
    void aDocumentThatIsNotAPdfIsRefusedBesideTheFileThenATextFileIsKept() throws Exception {
        Path dir = Files.createTempDirectory("plv-documents");
        Path fake = dir.resolve("signed-agreement.pdf");
        Files.writeString(fake, "plain words, not a PDF");
        Path text = dir.resolve("note-of-call.txt");
        Files.writeString(text, "Call with Barnet's monitoring officer about the renewal.");
        browser.open("/members/E09000003");
        browser.find("#file").sendKeys(fake.toString());
        browser.clickAndWait("form[action^='/members/E09000003/documents'] button[type=submit]");
        assertThat(browser.path()).startsWith("/members/E09000003/documents");
        assertThat(browser.text("#file-error")).contains("signed-agreement.pdf", "does not look like a PDF");
        assertThat(browser.text(".error-summary")).contains("does not look like a PDF");
        assertThat(browser.text("table.documents")).doesNotContain("signed-agreement.pdf");
        browser.assertAccessible();

        browser.find("#file").sendKeys(text.toString());
        browser.clickAndWait("form[action^='/members/E09000003/documents'] button[type=submit]");
        assertThat(browser.path()).startsWith("/members/E09000003?uploaded=");
        assertThat(browser.text("table.documents")).contains("note-of-call.txt");
        assertThat(browser.all(".error-summary")).isEmpty();
    }

    @Test
    void contributionsScheduleAddsUpToTheTotal() throws Exception {
        browser.open("/members/contributions?year=2028");
        assertThat(browser.all("table.contributions tbody tr[data-gss]")).hasSize(29);
        assertThat(browser.text("tr[data-gss='E09000003']")).contains("£20,000.00");
        assertThat(browser.text("#total")).isEqualTo("£580,000.00");
        browser.assertAccessible();
        Browser.keep(browser.screenshot("contributions"), "membership-contributions.png");
    }

    @Test
    void deadlinesOfEveryAreaAreOnOnePageOverdueFirstAndFilteredByArea() throws Exception {
        browser.open("/deadlines");
        List<String> areas = browser.all("#deadlines tbody tr[data-area]").stream().map(r -> r.getAttribute("data-area")).toList();
        // the demo data: the board's Companies House reminder (appointment 5 days ago), meeting and actions, the councils'
        // key decision and officer decision reviews, the Secure Children's Home's risk reviews
        assertThat(areas).contains("Board", "Council decisions", "Secure Children's Home");
        assertThat(browser.text("#deadlines")).contains("Notify Companies House of the appointment of");
        // the demo meeting's open actions are overdue: they come before everything else
        List<Boolean> overdue = browser.all("#deadlines tbody tr[data-area]").stream()
                .map(r -> r.getAttribute("class").equals("urgency-overdue")).toList();
        assertThat(overdue).contains(true);
        assertThat(overdue).isEqualTo(overdue.stream().sorted(Comparator.reverseOrder()).toList());
        browser.assertAccessible();
        Browser.keep(browser.screenshot("deadlines"), "deadlines.png");

        new Select(browser.find("#area")).selectByValue("Board");
        browser.clickAndWait("#deadline-filter button[type=submit]");
        assertThat(browser.driver.getCurrentUrl()).contains("area=Board");
        assertThat(browser.all("#deadlines tbody tr[data-area]")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getAttribute("data-area")).isEqualTo("Board"));
        browser.assertAccessible();
    }
}
