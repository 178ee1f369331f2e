package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.TransparencyCode;
import plv.itest.platform.Itest;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.security.api.UserDirectory;

/**
 * The contract register as the Local Government Transparency Code 2015 publishes it, over real HTTP on Derby and
 * PostgreSQL: the Code's headings in its order, the threshold, SME and VCSE, redaction with its reason, the file across
 * programmes, and who may download it.
 */
@ExtendWith(ServiceExtension.class)
class TransparencyRegisterTest {

    static final Actor OFFICER = new Actor("co.itest", "Commissioning officer", Role.COMMISSIONING_OFFICER, null);
    static final String SCH = "secure-childrens-home";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @InjectService(timeout = 30_000)
    static ContractRegister contracts;
    @InjectService(timeout = 30_000)
    static UserDirectory users;

    static ContractDraft draft(String reference, String value, String redacted, String reason) {
        return new ContractDraft(reference, "=Therapy", "Children's services", "Education, on site", "Hillside Trust", "01234567", "", value,
                "", "", "", "2031-04-01", "2034-03-31", "", "", "open", "pending", "0", "", "", "0", "1 High St, Barking", "1123456",
                "GB123456789", "yes", "yes", "tender", redacted, reason);
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + path);
        Exception last = null;
        for (int i = 0; i < 50; i++) {
            try {
                return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw last;
    }

    static List<CSVRecord> parse(String body) throws Exception {
        assertThat(body).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(body.substring(1))).getRecords();
    }

    @Test
    void theRegisterInTheCodesOrderWithRedactionAndTheThreshold() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        contracts.add(OFFICER, SCH, draft("TC-" + tag + "-A", "120000", "", ""));
        contracts.add(OFFICER, SCH, draft("TC-" + tag + "-B", "90000", "supplierAddress", "Refuge address: withheld for safety"));
        contracts.add(OFFICER, SCH, draft("TC-" + tag + "-SMALL", "5000", "", ""));
        String token = Itest.calendarToken(users, Role.DIRECTOR);

        HttpResponse<String> one = get("/api/programmes/" + SCH + "/contracts.csv", token);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records = parse(one.body());
        assertThat(records.get(0).toList()).isEqualTo(TransparencyCode.HEADINGS);
        List<List<String>> mine = records.stream().map(CSVRecord::toList).filter(r -> r.get(0).startsWith("TC-" + tag)).toList();
        assertThat(mine).extracting(r -> r.get(0)).containsExactly("TC-" + tag + "-A", "TC-" + tag + "-B");
        assertThat(mine.get(0)).containsExactly("TC-" + tag + "-A", "'=Therapy", "Children's services", "Education, on site", "Hillside Trust",
                "1 High St, Barking", "01234567", "1123456", "GB123456789", "120000.00", "", "", "2031-04-01", "2034-03-31", "",
                "Published invitation to tender", "Yes", "Yes", "");
        assertThat(mine.get(1).get(5)).isEqualTo("Redacted");
        assertThat(mine.get(1).get(18)).isEqualTo("Refuge address: withheld for safety");

        HttpResponse<String> all = get("/api/contracts.csv", token);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(parse(all.body()).stream().map(r -> r.get(0)).filter(r -> r.startsWith("TC-" + tag)).toList()).hasSize(2);

        assertThat(get("/api/programmes/no-such-programme/contracts.csv", token).statusCode()).isEqualTo(404);
        assertThat(get("/api/contracts.csv", Itest.calendarToken(users, Role.VIEWER)).statusCode()).isEqualTo(403);
        // the programme list is still served beside the new routes
        HttpResponse<String> programme = get("/api/programmes/" + SCH, token);
        assertThat(programme.statusCode()).isEqualTo(200);
        assertThat(programme.body()).contains("\"id\":\"" + SCH + "\"");
        assertThat(get("/api/programmes", token).body()).contains(SCH);
    }
}
