package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The secretary builds an agenda in chromium against the real product with the demo data: plans a meeting, adds a
 * Part 1 item with its presenter and the decision sought, uploads a PDF paper through the real security filter (the
 * multipart body, CSRF and the board page's upload limit), is refused a file that is not a PDF with the reason beside
 * the file field, writes an exempt paper, sees the dispatch deadline and records the papers as sent; a director sees the
 * exempt paper, and every page is axe-clean.
 */
class BoardAgendaBrowserTest extends DemoProductBrowserTest {

    @Test
    void secretaryBuildsAnAgendaWithPapersAndSendsThem() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/board/meetings");
        browser.type("#plan-title", "Board meeting (agenda browser test)");
        browser.setValue("#plan-startsAt", "2031-03-13T14:00");
        browser.type("#plan-place", "Guildhall");
        browser.clickAndWait("#plan-form button[type=submit]");
        assertThat(browser.path()).matches("/board/meetings/\\d+");
        String meetingPath = browser.path();
        // 5 clear days before Thursday 13 March 2031: Friday 7 March
        assertThat(browser.text("#papers-dispatch")).contains("2031-03-07");

        browser.type("#item-title", "Budget 2031/32");
        browser.type("#item-presenter", "Finance Director");
        browser.type("#item-decisionSought", "To approve the budget");
        browser.clickAndWait("#item-form button[type=submit]");
        String section = lastItem();
        assertThat(browser.text(section + " .presenter")).isEqualTo("Presented by Finance Director");
        assertThat(browser.text(section + " .decision-sought")).isEqualTo("Decision sought: To approve the budget");
        String itemId = browser.find(section + " form[id^='upload-']").getAttribute("id").replaceAll("^upload-(\\d+)-form$", "$1");
        assertThat(browser.find("#upload-" + itemId + "-form").getAttribute("action")).endsWith(meetingPath + "/items/" + itemId + "/papers");
        openDetails(section);

        Path notPdf = Files.createTempFile("not-a-pdf", ".pdf");
        Files.writeString(notPdf, "<html>not a pdf</html>");
        browser.type("#upload-" + itemId + "-title", "Fake");
        browser.find("#upload-" + itemId + "-file").sendKeys(notPdf.toString());
        browser.clickAndWait("#upload-" + itemId + "-form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("not a PDF");
        assertThat(browser.text("#upload-" + itemId + "-file-error")).contains("not a PDF");
        browser.assertAccessible();

        browser.open(meetingPath);
        openDetails(section);
        Path pdf = Files.createTempFile("budget", ".pdf");
        Files.write(pdf, pdf(2));
        browser.type("#upload-" + itemId + "-title", "Budget report");
        browser.find("#upload-" + itemId + "-file").sendKeys(pdf.toString());
        browser.clickAndWait("#upload-" + itemId + "-form button[type=submit]");
        assertThat(browser.path()).isEqualTo(meetingPath);
        assertThat(browser.text(section + " p.paper")).contains("Budget report", "version 1");

        openDetails(section);
        browser.type("#write-" + itemId + "-title", "Confidential appendix");
        browser.type("#write-" + itemId + "-text", "BROWSER-EXEMPT salaries.");
        browser.find("#write-" + itemId + "-exempt").click();
        new org.openqa.selenium.support.ui.Select(browser.find("#write-" + itemId + "-exemptParagraph")).selectByValue("1");
        browser.clickAndWait("#write-" + itemId + "-form button[type=submit]");
        assertThat(browser.all(section + " p.paper")).hasSize(2);
        assertThat(browser.text(section)).contains("exempt: Schedule 12A paragraph 1");

        browser.setValue("#sent-sentOn", "2031-03-10");
        browser.clickAndWait("#sent-form button[type=submit]");
        assertThat(browser.text("#papers-dispatch")).contains("sent on 2031-03-10", "2 clear days", "later than the deadline");
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
        Browser.keep(browser.screenshot("board-agenda"), "board-agenda.png");

        // a director sees the exempt paper; the written paper opens as text
        browser.signIn("director", "plv-demo-director");
        browser.open(meetingPath);
        assertThat(browser.text(section)).contains("Confidential appendix", "Budget report");
        assertThat(browser.all(section + " form")).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void thePublicSiteNeedsNoSignInAndIsAccessible() throws Exception {
        browser.driver.manage().deleteAllCookies();
        for (String path : java.util.List.of("/public", "/public/meetings", "/public/minutes", "/public/decisions",
                "/public/resolutions", "/public/registers")) {
            browser.open(path);
            assertThat(browser.path()).as(path).isEqualTo(path);
            assertThat(browser.all("nav.public-nav a[aria-current=page]")).as(path).hasSize(1);
            browser.assertAccessible();
        }
        browser.open("/public/meetings");
        Browser.keep(browser.screenshot("public-meetings"), "public-meetings.png");
        browser.clickAndWait("#public-meetings tbody tr a");
        assertThat(browser.path()).matches("/public/meetings/\\d+");
        browser.assertAccessible();
        // the board's own pages still need a sign-in
        browser.open("/board/meetings");
        assertThat(browser.path()).startsWith("/sign-in");
    }

    @Test
    void signedMinutesSayTheyVerifyAndTheSecretaryChecksAnExport() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        // the demo's first meeting had its minutes approved by the second meeting: both editions are signed for the chair
        browser.open("/board/meetings");
        java.util.List<String> links = browser.all("a[href^='/board/meetings/']").stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.matches(".*/board/meetings/\\d+")).distinct().toList();
        String approved = links.stream().filter(h -> {
                    browser.driver.get(h);
                    return !browser.all("#signature-1-public").isEmpty();
                }).findFirst().orElseThrow(() -> new AssertionError("no meeting with signed minutes in the demo"));
        browser.driver.get(approved);
        assertThat(browser.text("#signature-1-public")).contains("signed for the chair by Company Secretary, signing for the chair",
                "The signature verifies");
        assertThat(browser.text("#signature-1-confidential")).contains("The signature verifies");
        browser.assertAccessible();

        browser.open("/records");
        assertThat(browser.text("#export-years")).contains("Records of");
        browser.assertAccessible();
        Path zip = Files.createTempFile("not-an-export", ".zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("minutes/added.pdf"));
            out.write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        browser.find("#file").sendKeys(zip.toString());
        browser.clickAndWait("#verify-form button[type=submit]");
        assertThat(browser.text("#check-summary")).contains("holds no manifest.csv", "1 extra");
        assertThat(browser.text("#check-entries")).contains("minutes/added.pdf", "Extra");
        browser.assertAccessible();
        Browser.keep(browser.screenshot("records-retention"), "board-records-check.png");
    }

    private String lastItem() {
        return "#item-" + browser.all("section.agenda-item").size();
    }

    private void openDetails(String section) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll(arguments[0] + ' details').forEach(d => d.open = true);", section);
    }

    private static byte[] pdf(int pages) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
