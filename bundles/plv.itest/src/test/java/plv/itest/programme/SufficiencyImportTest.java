package plv.itest.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.itest.platform.WebSession;
import plv.platform.api.Actor;
import plv.platform.api.Programme;
import plv.platform.api.Role;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.persistence.Database;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * The dynamic sufficiency tool's CSV import through the real shell, on each database: new lines are added, a line for
 * an authority, placement type and month already there replaces it (read in one query for the file's months, not one
 * per line), lines of other months are untouched, a refused file changes nothing, and the audit entry counts both.
 */
@ExtendWith(ServiceExtension.class)
class SufficiencyImportTest {

    static final String FIGURES = "/programmes/dynamic-sufficiency-tool/figures";
    static final String HEADER = "gss_code,sub_region,placement_type,month,demand,supply,spend\n";
    static final Actor SECRETARY = new Actor("sec.dst.itest", "Secretary", Role.SECRETARY, null);
    private static final String PASSWORD = "a long enough password for the figures import";

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static Database database;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;
    @InjectService(timeout = 30_000, filter = "(plv.programme.type=dynamic-sufficiency-tool)")
    static Programme tool;

    @Test
    void anImportAddsNewLinesReplacesThoseThereAndARefusedFileChangesNothing() throws Exception {
        String name = "officer.dst." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(SECRETARY, new NewUser(name, "DST " + name, Role.COMMISSIONING_OFFICER, null, PASSWORD));
        WebSession officer = WebSession.signedIn(name, PASSWORD);
        // months of their own, far ahead, so that other tests' figures do not meet these
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        String jan = year + "-01", feb = year + "-02", mar = year + "-03";

        assertThat(upload(officer, HEADER + "E09000007,NCL,secure," + jan + ",3,2,150000.00\n"
                + "E09000007,NCL,secure," + feb + ",4,2,150000.00\n"
                + "E09000012,NEL,residential," + mar + ",5,1,99.50\n").statusCode()).isEqualTo(303);
        assertThat(rows(jan, mar)).containsExactly("E09000007 secure " + jan + " 3/2 15000000", "E09000007 secure " + feb + " 4/2 15000000",
                "E09000012 residential " + mar + " 5/1 9950");

        // the second file holds February only: its line there is replaced, a new one added; January and March untouched
        HttpResponse<String> second = upload(officer, HEADER + "E09000007,NCL,secure," + feb + ",9,8,1.00\n"
                + "E09000019,NCL,secure," + feb + ",1,1,2.00\n");
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(rows(jan, mar)).containsExactly("E09000007 secure " + jan + " 3/2 15000000", "E09000007 secure " + feb + " 9/8 100",
                "E09000019 secure " + feb + " 1/1 200", "E09000012 residential " + mar + " 5/1 9950");
        AuditRecord entry = audit.recent(1).get(0);
        assertThat(entry.recordType()).isEqualTo("dst-figures");
        assertThat(entry.changes()).containsEntry("lines", new plv.platform.api.audit.FieldChange(null, "2"))
                .containsEntry("replaced", new plv.platform.api.audit.FieldChange(null, "1"));

        // a file with one bad line: refused, naming the line, and nothing of it saved (not even its good line)
        HttpResponse<String> refused = upload(officer, HEADER + "E09000007,NCL,secure," + jan + ",30,20,1.00\n"
                + "E09000012,NEL,residential," + mar + ",many,1,1.00\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Line 3: demand");
        assertThat(rows(jan, mar)).contains("E09000007 secure " + jan + " 3/2 15000000", "E09000012 residential " + mar + " 5/1 9950");
    }

    private static HttpResponse<String> upload(WebSession s, String csv) throws Exception {
        s.get(FIGURES);
        return s.upload(FIGURES + "/import", Map.of(), "figures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored lines of the months from {@code first} to {@code last}, in month and id order. */
    private static List<String> rows(String first, String last) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT GSS_CODE, PLACEMENT_TYPE, FIGURE_MONTH, DEMAND, SUPPLY, SPEND_PENCE"
                        + " FROM PRG_DST_FIGURE WHERE FIGURE_MONTH BETWEEN ? AND ? ORDER BY FIGURE_MONTH, ID")) {
            p.setString(1, first);
            p.setString(2, last);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + "/" + rs.getInt(5) + " "
                            + rs.getLong(6));
                }
            }
        }
        return out;
    }
}
