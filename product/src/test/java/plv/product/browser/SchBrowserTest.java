package plv.product.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The Secure Children's Home in chromium against the real product with the demo data: Camden's placing officer refers
 * a child (an emergency) by pseudonymous reference; the commissioning officer accepts it from the referral's page,
 * naming who authorised the emergency reserve, and the child is placed; the placing officer then sees the placement.
 * The referral pages, the placements, the charts page (occupancy and sales), inspections and incidents pass axe-core.
 */
class SchBrowserTest extends DemoProductBrowserTest {

    @Test
    void fromReferralToPlacementAndTheChartsPageIsAccessible() throws Exception {
        String reference = "CAM-E2E-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        browser.signIn("po.camden", "plv-demo-placing-camden");
        browser.open("/sch/referrals/new");
        browser.assertAccessible();
        browser.type("#reference", reference);
        new Select(browser.find("#ageBand")).selectByValue("AGE_15_16");
        new Select(browser.find("#legalBasis")).selectByValue("S25_ORDER");
        browser.find("#need-SELF_HARM").click();
        new Select(browser.find("#urgency")).selectByValue("EMERGENCY");
        browser.type("#distanceMiles", "7");
        browser.clickAndWait("form[action='/sch/referrals'] button[type=submit]");
        assertThat(browser.path()).matches("/sch/referrals/\\d+");
        String referral = browser.path();
        assertThat(browser.text("main")).contains(reference).contains("Waiting");
        browser.assertAccessible();

        browser.signIn("commissioner", "plv-demo-commissioner");
        browser.open(referral);
        browser.type("#authorisedBy", "Director of the PLV");
        browser.clickAndWait("form[action$='/accept'] button[type=submit]");
        assertThat(browser.path()).isEqualTo(referral);
        assertThat(browser.text("main")).contains("Accepted: placed in").contains("Accepted");
        browser.assertAccessible();
        browser.open("/sch/placements");
        assertThat(browser.text("main")).contains(reference);
        browser.assertAccessible();

        // the charts page: occupancy over time, by sub-region, by council, each with its table
        browser.open("/sch/occupancy");
        assertThat(browser.all("svg").size()).isGreaterThanOrEqualTo(3);
        browser.assertAccessible();
        Browser.keep(browser.screenshot("sch-occupancy"), "sch-occupancy.png");
        browser.open("/sch/inspections");
        assertThat(browser.text("main")).contains("Ofsted").contains("Good");
        browser.assertAccessible();
        Browser.keep(browser.screenshot("sch-inspections"), "sch-inspections.png");
        // an inspection below good: refused empty (nothing written), then recorded; it flags the inspection risk
        int inspections = browser.all("section[id^=inspection-]").size();
        browser.clickAndWait("form[action='/sch/inspections'] button[type=submit]");
        assertThat(browser.text("main")).contains("Inspected on: enter the last day of the inspection");
        assertThat(browser.all("section[id^=inspection-]")).hasSize(inspections);
        browser.assertAccessible();
        browser.setValue("#inspectedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
        new Select(browser.find("#experiences")).selectByValue("GOOD");
        new Select(browser.find("#protection")).selectByValue("REQUIRES_IMPROVEMENT");
        new Select(browser.find("#leadership")).selectByValue("GOOD");
        new Select(browser.find("#overall")).selectByValue("GOOD");
        browser.type("#description-0", "Review the missing-from-care protocol");
        browser.type("#owner-0", "Registered manager");
        browser.setValue("#dueOn-0", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusMonths(1).toString());
        browser.clickAndWait("form[action='/sch/inspections'] button[type=submit]");
        assertThat(browser.text("main")).contains("Risk SCH-R02 flagged for review").contains("Review the missing-from-care protocol");
        assertThat(browser.all("section[id^=inspection-]")).hasSize(inspections + 1);
        browser.open("/commissioning/secure-childrens-home/risks");
        assertThat(browser.text("table.risks")).contains("(flagged for review)");
        browser.open("/deadlines");
        assertThat(browser.text("main")).contains("Review the missing-from-care protocol");

        // a notifiable incident: a name in the summary is refused; a notice without a body is refused beside its field
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        browser.open("/sch/incidents");
        browser.assertAccessible();
        browser.setValue("#occurredOn", today);
        new Select(browser.find("#category")).selectByValue("SERIOUS_POLICE_INCIDENT");
        browser.type("#summary", "Police called after Jamie Smith left the building");
        browser.clickAndWait("form[action='/sch/incidents'] button[type=submit]");
        assertThat(browser.text("#summary-error")).contains("looks like it contains a person's name");
        assertThat(browser.all("section[id^=incident-]")).isEmpty();
        browser.assertAccessible();
        browser.type("#summary", "Police called after a young person left the building");
        browser.clickAndWait("form[action='/sch/incidents'] button[type=submit]");
        String section = browser.find("section[id^=incident-]").getAttribute("id");
        String id = section.substring("incident-".length());
        assertThat(browser.text("#" + section)).contains("Not yet recorded as told: Ofsted (HMCI)");
        browser.clickAndWait("form[action='/sch/incidents/" + id + "/notices'] button[type=submit]");
        assertThat(browser.text("#body-" + id + "-error")).contains("Body: choose who was told");
        browser.assertAccessible();
        new Select(browser.find("#body-" + id)).selectByValue("HMCI");
        browser.clickAndWait("form[action='/sch/incidents/" + id + "/notices'] button[type=submit]");
        assertThat(browser.text("#" + section)).contains("Ofsted (HMCI): ").doesNotContain("Not yet recorded as told");

        browser.signIn("po.camden", "plv-demo-placing-camden");
        browser.open("/sch/placements");
        assertThat(browser.text("main")).contains(reference);
    }
}
