package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The secretary's data-entry forms in chromium against the real product with the demo data: a council decision with a
 * bad field comes back with the error beside the field and what was typed, and nothing is created until it is
 * fixed; a board form's error shows beside its field on the meeting page; corporate representatives are appointed and
 * ceased with the history kept. Monitoring officers and viewers posting to these forms with their own valid session
 * and CSRF token get 403 and nothing changes. Every page opened is checked with axe-core.
 */
class DataEntryFormsBrowserTest extends DemoProductBrowserTest {


    @Test
    void councilDecisionWithABadFieldIsRefusedBesideTheFieldThenRecordedOnceFixed() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/decisions");
        browser.clickAndWait("a[href='/decisions/new']");
        assertThat(browser.path()).isEqualTo("/decisions/new");
        browser.assertAccessible();

        new Select(browser.find("#councilGss")).selectByValue("E09000020");
        browser.type("#reference", "KD FORM-1");
        browser.type("#title", "Membership of the Pan-London Vehicle (forms test)");
        new Select(browser.find("#decisionMaker")).selectByValue("CABINET");
        new Select(browser.find("#status")).selectByValue("DECIDED");
        browser.find("#decidedToJoin").click();
        browser.type("#reasons", "Better placements for the borough's children.");
        browser.type("#documentLinks", "www.rbkc.gov.uk/kd-form-1");
        browser.clickAndWait("#decision-form button[type=submit]");

        assertThat(browser.path()).isEqualTo("/decisions/new");
        assertThat(browser.text(".error-summary")).contains("needs its decision date", "is not a web address");
        assertThat(browser.text("#decisionDate-error")).contains("needs its decision date");
        assertThat(browser.find("#decisionDate").getAttribute("aria-describedby")).contains("decisionDate-error");
        assertThat(browser.find("#decisionDate").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#documentLinks-error")).contains("is not a web address");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Membership of the Pan-London Vehicle (forms test)");
        assertThat(browser.find("#reference").getAttribute("value")).isEqualTo("KD FORM-1");
        assertThat(new Select(browser.find("#councilGss")).getFirstSelectedOption().getAttribute("value")).isEqualTo("E09000020");
        assertThat(browser.find("#decidedToJoin").isSelected()).isTrue();
        assertThat(browser.find("#reasons").getAttribute("value")).isEqualTo("Better placements for the borough's children.");
        assertThat(references()).doesNotContain("KD FORM-1");
        browser.assertAccessible();

        browser.setValue("#decisionDate", "2026-02-10");
        browser.type("#documentLinks", "https://www.rbkc.gov.uk/kd-form-1");
        browser.clickAndWait("#decision-form button[type=submit]");
        assertThat(browser.path()).matches("/decisions/\\d+");
        assertThat(browser.text("h1")).contains("KD FORM-1");
        browser.assertAccessible();
        String detail = browser.path();

        browser.open("/decisions");
        assertThat(browser.text("table.decisions tr[data-gss='E09000020']")).contains("KD FORM-1", "Decided");
        browser.assertAccessible();
        assertThat(references().stream().filter("KD FORM-1"::equals)).hasSize(1);

        // an edit saves; an edit from a page opened before someone else's save is refused with 409 and saves nothing
        browser.open(detail);
        browser.clickAndWait("a[href='" + detail + "/edit']");
        browser.assertAccessible();
        String openedAt = browser.find("input[name=version]").getAttribute("value");
        browser.type("#meeting", "Cabinet, 10 February 2026");
        browser.clickAndWait("#decision-form button[type=submit]");
        assertThat(browser.path()).isEqualTo(detail);
        assertThat(browser.text("dl.summary")).contains("Cabinet, 10 February 2026");
        browser.open(detail + "/edit");
        browser.setValue("input[name=version]", openedAt);
        browser.type("#meeting", "Cabinet, 11 February 2026");
        browser.clickAndWait("#decision-form button[type=submit]");
        assertThat(browser.text("h1")).contains("Someone else changed this record");
        browser.assertAccessible();
        browser.open(detail);
        assertThat(browser.text("dl.summary")).contains("Cabinet, 10 February 2026").doesNotContain("11 February");
    }

    @Test
    void delegationAndOfficerDecisionAreAddedUnderADecision() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/decisions");
        browser.clickAndWait("table.decisions tr[data-gss='E09000007'] a");
        String decision = browser.path();
        browser.clickAndWait("a[href='" + decision + "/delegations/new']");
        browser.assertAccessible();
        browser.type("#officerPost", "Director of Forms Testing");
        browser.type("#consulteePosts", "Director of Finance\nMonitoring Officer");
        browser.type("#financialLimit", "lots");
        browser.clickAndWait("#delegation-form button[type=submit]");
        assertThat(browser.text("#financialLimit-error")).contains("Financial limit: enter an amount in pounds");
        assertThat(browser.find("#officerPost").getAttribute("value")).isEqualTo("Director of Forms Testing");
        browser.assertAccessible();

        browser.type("#financialLimit", "250,000");
        browser.clickAndWait("#delegation-form button[type=submit]");
        assertThat(browser.text("#scope-error")).contains("what the officer may decide");
        browser.type("#scope", "Agree the terms of membership");
        browser.clickAndWait("#delegation-form button[type=submit]");
        assertThat(browser.path()).isEqualTo(decision);
        assertThat(browser.text("main")).contains("To the Director of Forms Testing", "£250,000.00");

        List<org.openqa.selenium.WebElement> record = browser.all("a[href$='/officer-decisions/new']");
        browser.clickAndWait(record.get(record.size() - 1));
        assertThat(browser.find("#officerPost").getAttribute("value")).isEqualTo("Director of Forms Testing");
        browser.assertAccessible();
        browser.setValue("#decisionDate", "2026-03-02");
        browser.type("#title", "Forms test: membership terms agreed");
        browser.type("#decision", "Agreed the terms.");
        browser.type("#reasons", "Within the delegation.");
        browser.type("#officerName", "Jo Bloggs");
        browser.setValue("#consultedOn-0", "2026-02-27");
        browser.type("#view-0", "Content");
        browser.clickAndWait("#officer-decision-form button[type=submit]");
        assertThat(browser.path()).matches("/reviews/\\d+");
        assertThat(browser.text("#review-status")).isEqualTo("Awaiting review");
        assertThat(browser.text("main")).contains("Director of Finance", "2026-02-27");
        browser.assertAccessible();
        // the delegation lists no matters yet, so the review's own scope check fails
        assertThat(browser.find("ul.delegation-checks li[data-code='scope']").getAttribute("class")).isEqualTo("failed");
        String review = browser.path();

        // the secretary edits the delegation to list its matter, then the officer decision to name it
        browser.open(decision);
        List<org.openqa.selenium.WebElement> delegationEdits = browser.all("a[href^='" + decision
                + "/delegations/'][href$='/edit']:not([href*='officer-decisions'])");
        browser.clickAndWait(delegationEdits.get(delegationEdits.size() - 1));
        assertThat(browser.find("#officerPost").getAttribute("value")).isEqualTo("Director of Forms Testing");
        browser.type("#matters", "Agree the terms of membership");
        browser.clickAndWait("#delegation-form button[type=submit]");
        assertThat(browser.path()).isEqualTo(decision);
        assertThat(browser.text("main")).contains("Matters delegated", "Agree the terms of membership");
        List<org.openqa.selenium.WebElement> recordEdits = browser.all("a[href*='/officer-decisions/'][href$='/edit']");
        browser.clickAndWait(recordEdits.get(recordEdits.size() - 1));
        browser.assertAccessible();
        new Select(browser.find("#matter")).selectByVisibleText("Agree the terms of membership");
        browser.setValue("#publishedOn", "2026-03-03");
        browser.clickAndWait("#officer-decision-form button[type=submit]");
        assertThat(browser.path()).isEqualTo(decision);
        browser.open(review);
        assertThat(browser.find("ul.delegation-checks li[data-code='scope']").getAttribute("class")).isEqualTo("passed");
        assertThat(browser.text("main")).contains("2026-03-03");
    }

    @Test
    void boardFormErrorShowsBesideTheFieldOnTheMeetingPage() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/board/meetings");
        browser.type("#plan-title", "Forms test meeting");
        browser.clickAndWait("#plan-form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/board/meetings");
        assertThat(browser.text("#plan-startsAt-error")).isNotBlank();
        assertThat(browser.find("#plan-startsAt").getAttribute("aria-describedby")).isEqualTo("plan-startsAt-error");
        assertThat(browser.find("#plan-title").getAttribute("value")).isEqualTo("Forms test meeting");
        assertThat(browser.find(".error-summary a[href='#plan-startsAt']").getText()).isNotBlank();
        browser.assertAccessible();

        browser.setValue("#plan-startsAt", "2027-01-15T10:00");
        browser.type("#plan-place", "Southwark Street");
        browser.clickAndWait("#plan-form button[type=submit]");
        assertThat(browser.path()).matches("/board/meetings/\\d+");
        String meeting = browser.path();
        browser.assertAccessible();

        int items = browser.all("section.agenda-item").size(); // a new meeting starts with the previous meeting's minutes
        browser.type("#item-title", "Bid evaluation");
        browser.find("#item-exempt").click();
        browser.clickAndWait("#item-form button[type=submit]");
        assertThat(browser.path()).as("the refused form is shown again at its own address").isEqualTo(meeting + "/items");
        assertThat(browser.text("#item-exemptParagraph-error")).isNotBlank();
        assertThat(browser.find("#item-exemptParagraph").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#item-title").getAttribute("value")).isEqualTo("Bid evaluation");
        assertThat(browser.find("#item-exempt").isSelected()).isTrue();
        assertThat(browser.all("section.agenda-item")).hasSize(items);
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
        Browser.keep(browser.screenshot("board-form-error"), "board-form-error.png");
    }

    @Test
    void corporateRepresentativesAreAppointedAndCeasedWithTheHistoryKept() throws Exception {
        browser.signIn("secretary", "plv-demo-secretary");
        browser.open("/members/E09000007");
        browser.clickAndWait("a[href='/members/E09000007/representatives']");
        browser.assertAccessible();

        browser.setValue("#appointedOn", "2026-01-05");
        browser.type("#appointedBy", "CAM-2026-01");
        browser.clickAndWait("#appoint-form button[type=submit]");
        assertThat(browser.text("#personName-error")).contains("Enter the name");
        assertThat(browser.find("#appointedBy").getAttribute("value")).isEqualTo("CAM-2026-01");
        assertThat(browser.find("#appointedOn").getAttribute("value")).isEqualTo("2026-01-05");
        assertThat(browser.text("#representatives")).contains("None recorded");
        browser.assertAccessible();

        appoint("Alex Rivera", "2026-01-05", "CAM-2026-01");
        appoint("Priya Shah", "2026-06-01", "CAM-2026-17");
        assertThat(browser.text("#representatives tbody tr:nth-child(1)")).contains("Alex Rivera", "2026-01-05", "CAM-2026-01", "2026-05-31");
        assertThat(browser.text("#representatives tbody tr:nth-child(2)")).contains("Priya Shah", "2026-06-01", "in office");
        browser.assertAccessible();

        browser.setValue("#ceasedOn", "2026-09-30");
        browser.type("#ceaseReason", "Left the council");
        browser.clickAndWait("#cease-form button[type=submit]");
        assertThat(browser.all("#representatives tbody tr")).hasSize(2);
        assertThat(browser.text("#representatives tbody tr:nth-child(2)")).contains("Priya Shah", "2026-09-30");
        assertThat(browser.all("#cease-form")).isEmpty();
        browser.assertAccessible();
        Browser.keep(browser.screenshot("corporate-representatives"), "corporate-representatives.png");

        browser.open("/members/E09000007");
        assertThat(browser.text("table.representatives")).contains("Alex Rivera", "Priya Shah");
        browser.assertAccessible();
    }

    @Test
    void monitoringOfficerAndViewerPostingToTheFormsGet403AndNothingChanges() throws Exception {
        Map<String, String> posts = Map.of(
                "/decisions/new", "councilGss=E09000007&reference=KD+MO-1&title=x&decisionMaker=CABINET&status=FORWARD_PLAN",
                "/members/E09000007/representatives", "personName=Mallory&appointedOn=2026-02-01&appointedBy=x",
                "/members/E09000007/status", "status=CEASED&effectiveOn=2026-02-01&reason=x",
                "/members/E09000007/variation", "termStart=2023-04-01&initialTermYears=1&initialBreakAfterYears=0&renewalTermYears=0"
                        + "&renewalBreakAfterYears=0&noticeMonths=1&variedOn=2026-02-01&reason=x",
                "/board/meetings", "type=BOARD&title=Mallory+meeting&startsAt=2027-02-01T10:00");
        for (String[] user : List.of(new String[] { "mo.camden", "plv-demo-camden" }, new String[] { "viewer", "plv-demo-viewer" })) {
            browser.signIn(user[0], user[1]);
            browser.open("/decisions/new");
            assertThat(browser.text("h1")).contains("You cannot see or do this");
            browser.assertAccessible();
            String csrf = java.net.URLEncoder.encode(browser.find("form[action='/sign-out'] input[name=csrf]").getAttribute("value"),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (Map.Entry<String, String> post : posts.entrySet()) {
                assertThat(browser.post(post.getKey(), "csrf=" + csrf + "&" + post.getValue())).as(user[0] + " POST " + post.getKey())
                        .isEqualTo(403L);
            }
        }
        browser.signIn("secretary", "plv-demo-secretary");
        assertThat(references()).doesNotContain("KD MO-1");
        browser.open("/members/E09000007");
        assertThat(browser.text("#status")).doesNotContain("Ceased");
        assertThat(browser.text("table.representatives")).doesNotContain("Mallory");
        assertThat(browser.text("#agreement")).contains("2023-04-01");
        browser.open("/board/meetings");
        assertThat(browser.text("#meetings")).doesNotContain("Mallory meeting");
    }

    private void appoint(String name, String on, String by) {
        browser.type("#personName", name);
        browser.setValue("#appointedOn", on);
        browser.type("#appointedBy", by);
        browser.clickAndWait("#appoint-form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/members/E09000007/representatives");
    }

    /** The references of every council decision the signed-in user may see, from the JSON API. */
    private List<String> references() {
        Object refs = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/decisions').then(r => r.json()).then(j => done(j.map(d => d.reference)))"
                        + ".catch(e => done([String(e)]));");
        return ((List<?>) refs).stream().map(String::valueOf).toList();
    }
}
