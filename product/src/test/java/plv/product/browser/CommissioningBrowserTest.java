package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A commissioning officer keeps the Secure Children's Home's risk log and contract register in chromium against the
 * real product with the demo data: a risk with a bad score is refused beside the field with nothing created, the
 * corrected one is recorded and reviewed, a contract is added; every page passes axe-core. A monitoring officer is
 * refused the registers by the server, as a page and as a hand-made POST with a valid session and CSRF token.
 */
class CommissioningBrowserTest extends DemoProductBrowserTest {

    static final String RISKS = "/commissioning/secure-childrens-home/risks";
    static final String CONTRACTS = "/commissioning/secure-childrens-home/contracts";

    @Test
    void commissioningOfficerRecordsReviewsAndAddsAContract() throws Exception {
        browser.signIn("commissioner", "plv-demo-commissioner");
        browser.open(RISKS);
        int before = browser.all("table.risks tbody tr[data-id]").size();
        assertThat(before).isGreaterThanOrEqualTo(4);
        assertThat(browser.text("table.risks")).contains("Low occupancy levels", "Child serious injury or death");
        browser.assertAccessible();
        Browser.keep(browser.screenshot("risk-log"), "risk-log.png");

        browser.clickAndWait("a.button[href='" + RISKS + "/new']");
        browser.assertAccessible();
        browser.type("#title", "Shortage of specialist staff");
        new Select(browser.find("#category")).selectByValue("operational");
        browser.type("#owner", "Registered manager");
        browser.type("#inherentLikelihood", "4");
        browser.type("#inherentImpact", "4");
        browser.type("#currentLikelihood", "9");
        browser.type("#currentImpact", "4");
        browser.type("#targetLikelihood", "2");
        browser.type("#targetImpact", "3");
        // further actions are a repeated group of fields: actionDescription-0, actionOwner-0, actionDueDate-0, then -1...
        browser.type("#actionDescription-0", "Recruit a workforce lead");
        browser.type("#actionOwner-0", "Director of the PLV");
        setValue("#actionDueDate-0", "2027-06-30");
        browser.type("#actionDescription-1", "Agree agency cover");
        browser.type("#actionOwner-1", "Registered manager");
        browser.clickAndWait("form.risk-form button[type=submit]");

        assertThat(browser.text("#currentLikelihood-error")).contains("Current likelihood must be a whole number from 1 to 5, not '9'");
        assertThat(browser.find("#currentLikelihood").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#actionDueDate-1-error")).contains("Action 2 due date is required");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Shortage of specialist staff");
        assertThat(browser.find("#actionOwner-0").getAttribute("value")).isEqualTo("Director of the PLV");
        assertThat(browser.find("#actionDescription-1").getAttribute("value")).isEqualTo("Agree agency cover");
        browser.assertAccessible();
        Browser.keep(browser.screenshot("risk-form-error"), "risk-form-error.png");

        browser.type("#currentLikelihood", "3");
        setValue("#actionDueDate-1", "2027-03-31");
        browser.clickAndWait("form.risk-form button[type=submit]");
        assertThat(browser.path()).matches(RISKS.replace("/", "\\/") + "/\\d+");
        assertThat(browser.text("#risk-trend")).isEqualTo("new");
        assertThat(browser.text("#current-score")).startsWith("12 (high");
        browser.assertAccessible();

        browser.type("#likelihood", "2");
        browser.type("#impact", "3");
        browser.type("#note", "Agency staff cover agreed.");
        browser.clickAndWait("form.review-form button[type=submit]");
        assertThat(browser.text("#risk-trend")).isEqualTo("improving");
        assertThat(browser.text("#current-score")).startsWith("6 (medium");
        assertThat(browser.text("table.risk-reviews")).contains("Agency staff cover agreed.");
        browser.assertAccessible();

        browser.open(RISKS);
        assertThat(browser.all("table.risks tbody tr[data-id]")).hasSize(before + 1);

        browser.open(CONTRACTS);
        browser.assertAccessible();
        browser.clickAndWait("a.button[href='" + CONTRACTS + "/new']");
        browser.assertAccessible();
        browser.type("#reference", "SCH-C010");
        browser.type("#title", "Education provision in the home");
        browser.type("#supplierName", "Learning Partners Ltd");
        new Select(browser.find("#sme")).selectByValue("yes");
        browser.type("#value", "1,800,000");
        browser.type("#annualValue", "600000");
        setValue("#startDate", "2028-01-01");
        setValue("#endDate", "2030-12-31");
        new Select(browser.find("#procurementRoute")).selectByValue("dps-call-off");
        new Select(browser.find("#status")).selectByValue("pending");
        browser.type("#extensionOptionCount", "2");
        browser.type("#extensionOptionMonths", "12");
        browser.clickAndWait("form.contract-form button[type=submit]");
        assertThat(browser.text("#contract-reference")).isEqualTo("SCH-C010");
        assertThat(browser.text("#contract-value")).isEqualTo("£1,800,000.00");
        assertThat(browser.text("#max-extent")).isEqualTo("2032-12-31");
        assertThat(browser.text("table.extension-options")).contains("2030-09-30", "open");
        browser.assertAccessible();
        browser.open(CONTRACTS);
        assertThat(browser.text("table.contracts")).contains("SCH-C010", "3 years plus up to 2 × 12 months");
        // the design and build contract is exempt: its value is withheld from a commissioning officer
        assertThat(browser.find("tr#SCH-C002 td.contract-value").getText()).contains("Exempt information");
        Browser.keep(browser.screenshot("contract-register"), "contract-register.png");

        // the same register as OCDS 1.1.5 contracts: the exempt value is left out, the options give the max extent
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> ocds = (java.util.List<java.util.Map<String, Object>>) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/api/programmes/secure-childrens-home/contracts').then(r => r.json()).then(j => done(j.contracts))"
                        + ".catch(e => done([{error: String(e)}]));");
        assertThat(ocds).filteredOn(c -> "SCH-C010".equals(c.get("id"))).singleElement().satisfies(c -> {
            assertThat(c.get("status")).isEqualTo("pending");
            assertThat(c.get("period")).isEqualTo(java.util.Map.of("startDate", "2028-01-01", "endDate", "2030-12-31",
                    "maxExtentDate", "2032-12-31"));
            assertThat(c.get("value")).isEqualTo(java.util.Map.of("amount", 1800000L, "currency", "GBP"));
        });
        assertThat(ocds).filteredOn(c -> "SCH-C002".equals(c.get("id"))).singleElement()
                .satisfies(c -> assertThat(c).doesNotContainKey("value"));
    }

    @Test
    void theFrameworkRefusesACallOffToAProviderNotAdmitted() throws Exception {
        browser.signIn("commissioner", "plv-demo-commissioner");
        browser.open("/programmes/rpa/providers");
        assertThat(browser.all("table.providers tbody tr[id]")).hasSize(12);
        browser.assertAccessible();
        browser.open("/commissioning/residential-parenting-assessments/contracts/new");
        browser.type("#reference", "RPA-C099");
        browser.type("#title", "Residential parenting assessment");
        browser.type("#supplierName", "Unlisted Assessments Ltd");
        new Select(browser.find("#sme")).selectByValue("yes");
        browser.type("#value", "45000");
        setValue("#startDate", "2027-01-04");
        setValue("#endDate", "2027-03-28");
        new Select(browser.find("#procurementRoute")).selectByValue("framework-call-off");
        new Select(browser.find("#status")).selectByValue("pending");
        browser.clickAndWait("form.contract-form button[type=submit]");
        assertThat(browser.text("#supplierName-error")).contains("'Unlisted Assessments Ltd' is not admitted to the Residential Parenting"
                + " Assessments framework");
        browser.assertAccessible();
        browser.open("/commissioning/residential-parenting-assessments/contracts");
        assertThat(browser.text("table.contracts")).doesNotContain("RPA-C099");
        browser.assertAccessible();
        browser.open("/commissioning/residential-parenting-assessments/risks");
        browser.assertAccessible();
    }

    @Test
    void aMonitoringOfficerIsRefusedTheRegisters() throws Exception {
        browser.signIn("mo.camden", "plv-demo-camden");
        browser.open(RISKS);
        assertThat(browser.text("h1")).contains("You cannot see or do this");
        browser.assertAccessible();
        browser.open("/");
        String csrf = browser.find("form[action='/sign-out'] input[name=csrf]").getAttribute("value");
        Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('" + RISKS + "', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                        + " body: 'csrf=' + encodeURIComponent(arguments[0]) + '&title=Sneaked+in&category=financial&owner=MO"
                        + "&inherentLikelihood=2&inherentImpact=2&currentLikelihood=2&currentImpact=2&targetLikelihood=1&targetImpact=1',"
                        + " redirect: 'manual'}).then(r => done(r.status)).catch(e => done(String(e)));", csrf);
        assertThat(status).isEqualTo(403L);
        Object api = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/programmes/secure-childrens-home/contracts').then(r => done(r.status)).catch(e => done(String(e)));");
        assertThat(api).isEqualTo(403L);

        browser.signIn("commissioner", "plv-demo-commissioner");
        browser.open(RISKS);
        assertThat(browser.text("table.risks")).doesNotContain("Sneaked in");
    }

    @Test
    void aProviderJoinsTheDynamicPurchasingSystemAndIsInvitedToTheNextCallOff() throws Exception {
        String base = "/procurement/residential-beds";
        browser.signIn("commissioner", "plv-demo-commissioner");
        browser.open(base);
        browser.assertAccessible();
        browser.clickAndWait(browser.all("section.arrangement").stream().filter(e -> e.getText().contains("RB-DPS-2026")).findFirst()
                .orElseThrow().findElement(org.openqa.selenium.By.linkText("Record an application")));
        browser.assertAccessible();
        // bad input: refused beside the fields, what was typed kept, nothing recorded
        browser.type("#providerName", "Holly Tree Children's Homes Ltd");
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.text("#appliedOn-error")).contains("Applied on");
        assertThat(browser.find("#providerName").getAttribute("value")).isEqualTo("Holly Tree Children's Homes Ltd");
        browser.assertAccessible();
        setValue("#appliedOn", "2026-06-01");
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.text(".flash")).contains("Recorded Holly Tree Children's Homes Ltd's application to RB-DPS-2026");

        browser.clickAndWait("a[href*='/applications/']:not([href$='/new'])");
        browser.assertAccessible();
        for (org.openqa.selenium.WebElement box : browser.all("input[name=criteriaMet]")) {
            box.click();
        }
        setValue("#decidedOn", "2026-06-15");
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.text(".flash")).contains("Holly Tree Children's Homes Ltd: admitted");

        browser.clickAndWait(browser.all("section.arrangement").stream().filter(e -> e.getText().contains("RB-DPS-2026")).findFirst()
                .orElseThrow().findElement(org.openqa.selenium.By.linkText("Open a call-off")));
        browser.type("#reference", "RB-CO-BT");
        browser.type("#requirement", "3 beds in one home in south east London");
        setValue("#invitedOn", "2026-07-01");
        setValue("#bidsCloseOn", "2026-07-15");
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.text(".flash")).contains("Opened call-off RB-CO-BT");
        assertThat(browser.all("table.call-off").stream().filter(t -> t.getText().contains("RB-CO-BT")).findFirst().orElseThrow().getText())
                .contains("Holly Tree Children's Homes Ltd").doesNotContain("Fernhill Residential Ltd");
        browser.assertAccessible();
    }

    @Test
    void sufficiencyFiguresAreImportedFromAFileAllOrNothing() throws Exception {
        String path = "/programmes/dynamic-sufficiency-tool/figures";
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dst");
        java.nio.file.Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "gss_code,sub_region,placement_type,month,demand,supply,spend\n"
                + "E09000007,NCL,secure,2031-01,3,2,150000.00\n" + "E09000012,NEL,\"residential\",2031-01,many,4,250000\n");
        java.nio.file.Path good = dir.resolve("good.csv");
        java.nio.file.Files.writeString(good, "gss_code,sub_region,placement_type,month,demand,supply,spend\n"
                + "E09000007,NCL,secure,2031-01,3,2,150000.00\n" + "E09000012,NEL,\"residential\",2031-01,7,4,250000\n");
        browser.signIn("commissioner", "plv-demo-commissioner");
        browser.open(path);
        browser.find("#file").sendKeys(bad.toString());
        browser.clickAndWait("form[action$='/figures/import'] button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Line 3: demand: 'many' is not a number of placements");
        browser.assertAccessible();
        browser.open(path);
        assertThat(browser.text("main")).doesNotContain("2031-01");
        browser.find("#file").sendKeys(good.toString());
        browser.clickAndWait("form[action$='/figures/import'] button[type=submit]");
        assertThat(browser.text(".flash")).contains("Imported 2 lines of figures");
        assertThat(browser.text("main")).contains("2031-01");
        browser.assertAccessible();
    }

    @Test
    void aDirectorAcceptsARiskUntilADayAndTheOfficerRecordsAProcurementActNotice() throws Exception {
        browser.signIn("director", "plv-demo-director");
        browser.open(RISKS);
        browser.clickAndWait(browser.all("table.risks tbody tr[data-id] a").get(0));
        browser.clickAndWait("#risk-status a");
        browser.assertAccessible();
        // no reason: refused beside the field, nothing accepted
        setValue("#acceptedUntil", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusMonths(3).toString());
        browser.clickAndWait("form.narrow button[type=submit]");
        assertThat(browser.text("#reason-error")).isNotEmpty();
        assertThat(browser.text("#risk-status")).startsWith("Open");
        browser.assertAccessible();
        browser.type("#reason", "Mitigated by the market position statement; the board tolerates it to the quarter end");
        browser.clickAndWait("form.narrow button[type=submit]");
        assertThat(browser.text("#risk-status")).startsWith("Accepted by director");

        // the commissioning officer sees the status, may not accept, and records a contract's notices
        browser.signIn("commissioner", "plv-demo-commissioner");
        browser.open(RISKS);
        assertThat(browser.text("table.risks")).contains("Accepted until");
        browser.open("/contracts?sort=value&dir=desc");
        browser.assertAccessible();
        assertThat(browser.all("table.contracts tbody tr[data-id]")).isNotEmpty();
        browser.clickAndWait(browser.all("table.contracts tbody tr[data-id] a").get(0));
        browser.clickAndWait(browser.driver.findElement(org.openqa.selenium.By.linkText("Procurement Act 2023 notices")));
        browser.assertAccessible();
        new Select(browser.find("#kind")).selectByValue("contract-change");
        setValue("#eventDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(20).toString());
        browser.clickAndWait("form.narrow button[type=submit]");
        assertThat(browser.text("table.contract-notices")).contains("Contract change notice (s75)", "Due");
        browser.open("/contract-notices");
        browser.assertAccessible();
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
    }
}
