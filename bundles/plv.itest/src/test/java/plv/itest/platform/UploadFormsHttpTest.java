package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.membership.api.MemberDocuments;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * Every upload of the product refuses bad input by the one rule for a refused form, through the real shell on each
 * database: 400, the same page with the error beside the file's field (and in the summary), what was typed kept, and
 * nothing saved. The five uploads: the fee index import, a member's documents, the decisions import, the check of a
 * records export and the sufficiency figures import.
 */
@ExtendWith(ServiceExtension.class)
class UploadFormsHttpTest {

    static final Actor ADMIN = new Actor("admin.uploads.itest", "Admin", Role.SECRETARY, null);
    private static final String PASSWORD = "a long enough password for the upload forms";
    private static final byte[] NOTHING = new byte[0];

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static MemberDocuments documents;

    private static WebSession signedIn(Role role) throws Exception {
        String name = "uploads." + role.name().toLowerCase(java.util.Locale.ROOT) + "."
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(ADMIN, new NewUser(name, "Uploads " + name, role, null, PASSWORD));
        return WebSession.signedIn(name, PASSWORD);
    }

    /** The refused page: 400, HTML, the form again, the message beside the file's field and in the summary. */
    private static String refusedBesideTheFile(HttpResponse<String> answer, String form, String message) {
        String page = answer.body();
        assertThat(answer.statusCode()).as(page).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page).as("the form is shown again").containsPattern("<form [^>]*action=\"" + Pattern.quote(form) + "[?\"]")
                .contains("name=\"file\" type=\"file\"");
        assertThat(page).as("the error beside the file's field").containsPattern("<p class=\"error-text\" id=\"file-error\">"
                + "(<span class=\"visually-hidden\">Error: </span>)?[^<]*" + Pattern.quote(message));
        assertThat(page).containsPattern("id=\"file\"[^>]*aria-describedby=\"[^\"]*file-error");
        return page;
    }

    @Test
    void theFeeIndexImportKeepsWhatWasTypedBesideItsError() throws Exception {
        WebSession secretary = signedIn(Role.SECRETARY);
        secretary.get("/members/fees");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "series");
        fields.put("code", "UPLOADQ");
        fields.put("name", "Typed name");
        String page = refusedBesideTheFile(secretary.upload("/members/fees/import", fields, "ix.csv", "text/csv", NOTHING),
                "/members/fees/import", "Choose a CSV file to import.");
        assertThat(page).as("what was typed is kept").containsPattern("id=\"code\"[^>]*value=\"UPLOADQ\"")
                .containsPattern("id=\"name\"[^>]*value=\"Typed name\"");
        assertThat(page).as("and the summary links to the field").contains("<a href=\"#file\">Choose a CSV file to import.</a>");

        fields.put("kind", "neither");
        HttpResponse<String> kind = secretary.upload("/members/fees/import", fields, "ix.csv", "text/csv",
                "month,value\r\n2025-01,1.0\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("<a href=\"#kind\">Choose what the file holds: an index series or a weighting.</a>");
        assertThat(secretary.get("/members/fees").body()).doesNotContain("UPLOADQ");
    }

    @Test
    void aMemberDocumentThatIsNotWhatItSaysIsRefusedBesideTheFileAndNotStored() throws Exception {
        WebSession secretary = signedIn(Role.SECRETARY);
        String gss = "E09000003";
        int before = documents.documents(ADMIN, gss).size();
        secretary.get("/members/" + gss);
        refusedBesideTheFile(secretary.upload("/members/" + gss + "/documents", Map.of(), "empty.pdf", "application/pdf", NOTHING),
                "/members/" + gss + "/documents", "Choose a PDF, Word or text file to upload.");
        String page = refusedBesideTheFile(secretary.upload("/members/" + gss + "/documents", Map.of(), "notice.pdf",
                "application/pdf", "plain words, not a PDF".getBytes(StandardCharsets.US_ASCII)),
                "/members/" + gss + "/documents", "does not look like a PDF");
        assertThat(page).as("the member's own page").contains("<dt>GSS code</dt><dd>" + gss + "</dd>");
        assertThat(documents.documents(ADMIN, gss)).hasSize(before);
    }

    @Test
    void theDecisionsImportRefusesNoFileBesideItsField() throws Exception {
        WebSession secretary = signedIn(Role.SECRETARY);
        secretary.get("/decisions/import");
        refusedBesideTheFile(secretary.upload("/decisions/import", Map.of(), "decisions.csv", "text/csv", NOTHING), "/decisions/import",
                "Choose a CSV or XML file to import.");
        // a file with a bad row still answers 400 with its problems listed by line
        HttpResponse<String> rows = secretary.upload("/decisions/import", Map.of(), "decisions.csv", "text/csv",
                "councilGss,reference\nE99999999,X\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows.statusCode()).isEqualTo(400);
        assertThat(rows.body()).contains("Nothing was imported");
    }

    @Test
    void theRecordsCheckRefusesNoFileBesideItsField() throws Exception {
        WebSession secretary = signedIn(Role.SECRETARY);
        secretary.get("/records");
        refusedBesideTheFile(secretary.upload("/records/verify", Map.of(), "export.zip", "application/zip", NOTHING), "/records/verify",
                "Choose the export (a .zip file) to check.");
    }

    @Test
    void theSufficiencyImportRefusesNoFileBesideItsField() throws Exception {
        WebSession officer = signedIn(Role.COMMISSIONING_OFFICER);
        String figures = "/programmes/dynamic-sufficiency-tool/figures";
        officer.get(figures);
        refusedBesideTheFile(officer.upload(figures + "/import", Map.of(), "figures.csv", "text/csv", NOTHING), figures + "/import",
                "Choose a CSV file of figures to import.");
    }
}
