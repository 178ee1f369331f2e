package plv.itest.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.itest.platform.Itest;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;
import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.SchemaVersion;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * The Secure Children's Home's inspections, notifiable incidents, low-occupancy rule and quarterly report, through the
 * API and the services that other areas see: an inspection below good flags the inspection risk and puts its action
 * on the deadlines; an incident whose summary names someone is refused with nothing written; occupancy below the
 * threshold over the weeks watched flags the low-occupancy risk and adds a deadline; the board's PDF report.
 * The home's settings are changed for the test (opened 30 days ago, one week watched, threshold 50%) and put back.
 */
@ExtendWith(ServiceExtension.class)
class SchRecordsTest {

    static final String BASE = "/api/programmes/secure-childrens-home";
    static final String ID = "secure-childrens-home";
    static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static RiskLog risks;
    @InjectService(timeout = 30_000)
    static ConfigurationAdmin config;
    @InjectService(timeout = 30_000)
    static Database database;

    @Test
    void inspectionsIncidentsLowOccupancyAndTheBoardsReport() throws Exception {
        assertThat(Itest.eventually(30, () -> database.schemaVersions().contains(new SchemaVersion("plv.programme.sch", 4))
                && database.schemaVersions().contains(new SchemaVersion("plv.commissioning.core", 5))))
                .as("schema versions: %s", database.schemaVersions()).isTrue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Risk inspectionRisk = risks.add(SECRETARY, ID, risk("Unsatisfactory outcome from statutory inspections (itest)"));
        Risk occupancyRisk = risks.add(SECRETARY, ID, risk("Low occupancy levels (itest)"));
        Configuration c = config.getConfiguration("plv.programme.sch", "?");
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("openingDate", today.minusDays(30).toString());
        settings.put("lowOccupancyWeeks", 1);
        settings.put("lowOccupancyPercent", 50);
        settings.put("inspectionRisk", inspectionRisk.reference());
        settings.put("lowOccupancyRisk", occupancyRisk.reference());
        c.update(settings);
        try {
            String officer = token(Role.COMMISSIONING_OFFICER);
            assertThat(Itest.eventually(30, () -> status("GET", "/places", officer, null) == 200
                    && body("GET", "/places", officer, null).contains("\"opening\":\"" + today.minusDays(30) + "\""))).isTrue();

            // an inspection below good: recorded, the inspection risk flagged, its action on the deadlines
            String inspection = "{\"inspectedOn\":\"" + today + "\",\"inspectorate\":\"Ofsted\",\"experiences\":\"GOOD\","
                    + "\"protection\":\"REQUIRES_IMPROVEMENT\",\"leadership\":\"GOOD\",\"overall\":\"GOOD\",\"reportReference\":\"SC-ITEST\","
                    + "\"actions\":[{\"description\":\"Review the missing-from-care protocol\",\"owner\":\"Registered manager\","
                    + "\"dueOn\":\"" + today.plusDays(30) + "\"}]}";
            int before = count(body("GET", "/inspections", officer, null), "\"inspectedOn\"");
            HttpResponse<String> bad = http("POST", "/inspections", officer, inspection.replace("\"overall\":\"GOOD\"", "\"overall\":\"BRILLIANT\""));
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
            assertThat(bad.body()).contains("overall");
            assertThat(count(body("GET", "/inspections", officer, null), "\"inspectedOn\"")).as("nothing written").isEqualTo(before);
            HttpResponse<String> made = http("POST", "/inspections", officer, inspection);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            assertThat(made.body()).contains("flagged for review");
            Risk flagged = risks.get(SECRETARY, ID, inspectionRisk.id());
            assertThat(flagged.flagged()).isTrue();
            assertThat(flagged.flaggedOn()).isEqualTo(today);
            assertThat(flagged.flagReason()).contains("requires improvement to be good");
            assertThat(flagged.nextReviewOn()).isEqualTo(today);
            List<Deadline> deadlines = deadlines(new Actor("co", "CO", Role.COMMISSIONING_OFFICER, null), today);
            assertThat(deadlines).anySatisfy(d -> {
                assertThat(d.kind()).isEqualTo("Inspection action");
                assertThat(d.title()).contains("Review the missing-from-care protocol");
                assertThat(d.date()).isEqualTo(today.plusDays(30));
            });
            assertThat(deadlines).anySatisfy(d -> assertThat(d.title()).contains("Review risk " + inspectionRisk.reference())
                    .contains("flagged"));
            assertThat(deadlines(new Actor("v", "V", Role.VIEWER, null), today)).noneMatch(d -> d.area().equals("Secure Children's Home"));
            String viewer = token(Role.VIEWER);
            assertThat(status("GET", "/inspections", viewer, null)).isEqualTo(200);
            assertThat(status("POST", "/inspections", viewer, inspection)).isEqualTo(403);

            // a notifiable incident: a name in the summary is refused, nothing written; the bodies told are recorded
            int incidents = count(body("GET", "/incidents", officer, null), "\"occurredOn\"");
            HttpResponse<String> named = http("POST", "/incidents", officer, "{\"occurredOn\":\"" + today
                    + "\",\"category\":\"SERIOUS_POLICE_INCIDENT\",\"summary\":\"Police called after Jamie Smith left the building\"}");
            assertThat(named.statusCode()).isEqualTo(400);
            assertThat(named.body()).contains("summary").contains("name");
            assertThat(count(body("GET", "/incidents", officer, null), "\"occurredOn\"")).isEqualTo(incidents);
            HttpResponse<String> incident = http("POST", "/incidents", officer, "{\"occurredOn\":\"" + today
                    + "\",\"category\":\"SERIOUS_POLICE_INCIDENT\",\"summary\":\"Police called after a young person left the building\"}");
            assertThat(incident.statusCode()).as(incident.body()).isEqualTo(201);
            assertThat(incident.body()).contains("\"notYetTold\":[\"HMCI\"]");
            long id = Long.parseLong(incident.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
            HttpResponse<String> told = http("POST", "/incidents/" + id + "/notices", officer, "{\"body\":\"HMCI\",\"notifiedOn\":\"" + today + "\"}");
            assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
            assertThat(told.body()).contains("\"notYetTold\":[]");
            assertThat(status("GET", "/incidents", token(Role.DIRECTOR), null)).isEqualTo(403);

            // low occupancy: nobody placed in the last week of a home opened 30 days ago is below 50%
            assertThat(Itest.eventually(30, () -> risks.get(SECRETARY, ID, occupancyRisk.id()).flagged())).as("low-occupancy risk flagged").isTrue();
            assertThat(risks.get(SECRETARY, ID, occupancyRisk.id()).flagReason()).isEqualTo("Occupancy over 1 weeks below the 50% threshold since "
                    + today.minusDays(30).plusDays(6));
            assertThat(deadlines(SECRETARY, today)).anySatisfy(d -> {
                assertThat(d.kind()).isEqualTo("Low occupancy");
                assertThat(d.date()).isEqualTo(today.minusDays(24));
                assertThat(d.title()).contains("Occupancy 0.0% over the 1 weeks to " + today).contains(occupancyRisk.reference());
            });

            // the board's quarterly report
            int fy = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            int quarter = (today.getMonthValue() + 8) % 12 / 3 + 1;
            String director = token(Role.DIRECTOR);
            HttpResponse<byte[]> pdf = bytes("/reports/quarterly.pdf?year=" + fy + "&quarter=" + quarter, director);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(text).contains("Secure Children's Home: performance report").contains("Requires improvement to be good")
                    .contains("Serious incident requiring police involvement").doesNotContain("Jamie");
            assertThat(bytes("/reports/quarterly.pdf?year=" + fy + "&quarter=5", director).statusCode()).isEqualTo(400);
            assertThat(bytes("/reports/quarterly.pdf", viewer).statusCode()).isEqualTo(403);
        } finally {
            c.delete();
            String officer = token(Role.COMMISSIONING_OFFICER);
            assertThat(Itest.eventually(30, () -> status("GET", "/places", officer, null) == 200
                    && body("GET", "/places", officer, null).contains("\"opening\":\"2028-01-04\""))).isTrue();
        }
    }

    private static RiskDraft risk(String title) {
        return new RiskDraft(title, "regulatory", "Registered manager", "3", "4", "3", "3", "1", "3", "", "Practice model", List.of());
    }

    private static List<Deadline> deadlines(Actor actor, LocalDate today) throws Exception {
        List<Deadline> out = new ArrayList<>();
        for (ServiceReference<DeadlineSource> ref : Itest.context().getServiceReferences(DeadlineSource.class, null)) {
            DeadlineSource s = Itest.context().getService(ref);
            try {
                out.addAll(s.deadlines(actor, today, today.plusDays(90)));
            } finally {
                Itest.context().ungetService(ref);
            }
        }
        return out;
    }

    private static int count(String body, String what) {
        return body.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static String token(Role role) {
        String name = role.id() + ".schrec." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(SECRETARY, new NewUser(name, "SCH records test " + name, role, null, "a long enough password"));
        return users.issueToken(SECRETARY, name, "SCH itest").secret();
    }

    private static int status(String method, String path, String token, String json) {
        try {
            return http(method, path, token, json).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String body(String method, String path, String token, String json) {
        try {
            return http(method, path, token, json).body();
        } catch (Exception e) {
            return "";
        }
    }

    static HttpResponse<String> http(String method, String path, String token, String json) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + BASE + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token);
        b = json == null ? b.GET() : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + BASE + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
