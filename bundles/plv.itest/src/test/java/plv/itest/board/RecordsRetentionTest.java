package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.ExportVerification;
import plv.board.api.ExportVerification.Status;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.RecordsExport;
import plv.board.api.RecordsRetention;
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.itest.platform.Itest;
import plv.itest.platform.WebSession;
import plv.membership.api.MemberRegister;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * Retention (CA 2006 s248, s355): a year's minutes, packs and passed written resolutions exported as a zip with a
 * manifest of SHA-256s, checked OK, then one changed entry named; the routes for the company secretary only (a viewer
 * is refused with 403, an anonymous caller is not let in) and audited.
 */
@ExtendWith(ServiceExtension.class)
class RecordsRetentionTest {
    /** The meeting in September: after the demo's window in BoardDemoDataTest (February to June of the same year). */
    static final int YEAR = BoardTest.YEAR + 1;
    private static final String ZIP = "application/zip";
    private static final String PASSWORD = "a long enough password for retention";

    @InjectService(timeout = 30_000)
    static Meetings meetings;
    @InjectService(timeout = 30_000)
    static WrittenResolutions resolutions;
    @InjectService(timeout = 30_000)
    static MemberRegister register;
    @InjectService(timeout = 30_000)
    static RecordsRetention retention;
    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;

    /** A meeting held in {@link #YEAR} with published agenda and approved minutes, and a written resolution passed that year. */
    static long[] records() {
        Meeting m = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, "Board meeting (retention itest)",
                LocalDateTime.of(YEAR, 9, 9, 14, 0), "Guildhall", null));
        meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.open("Annual accounts", "The accounts were received."));
        meetings.changeStatus(BoardTest.SECRETARY, m.id(), MeetingStatus.AGENDA_PUBLISHED);
        meetings.changeStatus(BoardTest.SECRETARY, m.id(), MeetingStatus.HELD);
        meetings.approveMinutes(BoardTest.SECRETARY, m.id(), "Approved");
        BoardTest.membersOnTheRegister(register);
        LocalDate circulated = LocalDate.of(YEAR, 9, 1);
        WrittenResolution r = resolutions.circulate(BoardTest.SECRETARY, ResolutionKind.ORDINARY, "That the retention policy be adopted.",
                circulated, WrittenResolution.DEFAULT_PERIOD_DAYS);
        for (String gss : r.eligibleMembers().subList(0, r.votesRequired())) {
            r = resolutions.recordAgreement(BoardTest.SECRETARY, r.id(), gss, circulated.plusDays(1), null);
        }
        assertThat(r.status()).isEqualTo(WrittenResolution.Status.PASSED);
        return new long[] { m.id(), r.id() };
    }

    @Test
    void aYearExportsWithItsManifestVerifiesAndAChangedEntryIsNamed() throws Exception {
        long[] ids = records();
        String folder = LocalDate.of(YEAR, 9, 9) + "-meeting-" + ids[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        RecordsExport export = retention.export(BoardTest.SECRETARY, YEAR, out);
        System.out.println("export of " + YEAR + ": " + export.entries() + " files, " + export.bytes() + " bytes, " + out.size()
                + " bytes zipped, " + (System.nanoTime() - start) / 1_000_000 + " ms");
        byte[] zip = out.toByteArray();
        List<String> names = names(zip);
        assertThat(names).contains("minutes/" + folder + "/v1-public.pdf", "minutes/" + folder + "/v1-confidential.pdf",
                "packs/" + folder + "/pack-public.pdf", "packs/" + folder + "/pack-confidential.pdf",
                "resolutions/" + LocalDate.of(YEAR, 9, 2) + "-resolution-" + ids[1] + ".pdf");
        assertThat(names.get(names.size() - 1)).isEqualTo(RecordsRetention.MANIFEST);
        assertThat(names).hasSize(export.entries() + 1);

        ExportVerification ok = retention.verify(BoardTest.SECRETARY, new ByteArrayInputStream(zip));
        assertThat(ok.intact()).isTrue();
        assertThat(ok.manifestSha256()).isEqualTo(export.manifestSha256());
        assertThat(ok.exported()).startsWith(YEAR + " exported on ").endsWith(" by " + BoardTest.SECRETARY.username());
        assertThat(audit.forRecord("records-export", export.manifestSha256())).extracting(a -> a.action())
                .contains("export-records", "verify-records-export");

        String changedPath = "minutes/" + folder + "/v1-public.pdf";
        ExportVerification changed = retention.verify(BoardTest.SECRETARY, new ByteArrayInputStream(changeOneByte(zip, changedPath)));
        assertThat(changed.intact()).isFalse();
        assertThat(changed.entries()).filteredOn(e -> e.status() != Status.OK).singleElement()
                .satisfies(e -> {
                    assertThat(e.path()).isEqualTo(changedPath);
                    assertThat(e.status()).isEqualTo(Status.CHANGED);
                });

        // a manifest changed as well: the audit trail records no export with it
        ExportVerification otherManifest = retention.verify(BoardTest.SECRETARY,
                new ByteArrayInputStream(changeOneByte(zip, RecordsRetention.MANIFEST)));
        assertThat(otherManifest.exported()).isNull();
        assertThat(otherManifest.intact()).isFalse();

        assertThatThrownBy(() -> retention.export(BoardTest.VIEWER, YEAR, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.export(BoardTest.DIRECTOR, YEAR, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.verify(BoardTest.DIRECTOR, new ByteArrayInputStream(zip)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.export(BoardTest.SECRETARY, 1999, new ByteArrayOutputStream()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("year");
    }

    @Test
    void theRoutesAreTheCompanySecretarysOnly() throws Exception {
        records();
        String secretaryToken = Itest.calendarToken(users, Role.SECRETARY);
        String viewerToken = Itest.calendarToken(users, Role.VIEWER);
        String exportPath = "/api/records/" + YEAR + "/export.zip";
        HttpResponse<byte[]> anonymous = send(HttpRequest.newBuilder(uri(exportPath)).GET(), null);
        for (int i = 0; i < 75 && anonymous.statusCode() == 404; i++) { // the routes may still be registering
            Thread.sleep(200);
            anonymous = send(HttpRequest.newBuilder(uri(exportPath)).GET(), null);
        }
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri(exportPath)).GET(), viewerToken).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/records/1999/export.zip")).GET(), secretaryToken).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> zip = send(HttpRequest.newBuilder(uri(exportPath)).GET(), secretaryToken);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(retention.verify(BoardTest.SECRETARY, new ByteArrayInputStream(zip.body())).intact()).isTrue();

        // the page and the upload, in a browser session: a viewer is refused, the secretary's check names the changed file
        HttpResponse<byte[]> page = send(HttpRequest.newBuilder(uri("/records")).GET(), null);
        assertThat(page.statusCode()).as("anonymous: sent to sign in, or refused").isIn(302, 303, 401);
        WebSession viewer = WebSession.signedIn(newUser(Role.VIEWER), PASSWORD);
        assertThat(viewer.get("/records").statusCode()).isEqualTo(403);
        WebSession secretary = WebSession.signedIn(newUser(Role.SECRETARY), PASSWORD);
        HttpResponse<String> records = secretary.get("/records");
        assertThat(records.statusCode()).isEqualTo(200);
        assertThat(records.body()).contains("/api/records/", "s248", "s355", "Check the export");
        String name = names(zip.body()).get(0);
        HttpResponse<String> checked = secretary.upload("/records/verify", Map.of(), "export.zip", ZIP, changeOneByte(zip.body(), name));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("The export has changed", "1 changed", name);
        assertThat(secretary.upload("/records/verify", Map.of(), "not.zip", ZIP, "no zip".getBytes(StandardCharsets.US_ASCII)).statusCode())
                .isEqualTo(400);
        assertThat(viewer.upload("/records/verify", Map.of(), "export.zip", ZIP, zip.body()).statusCode()).isEqualTo(403);
    }

    static String newUser(Role role) {
        String name = role.id() + ".retention." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(BoardTest.SECRETARY, new NewUser(name, "Retention " + name, role, null, PASSWORD));
        return name;
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static URI uri(String path) {
        return WebSession.uri(path);
    }

    static List<String> names(byte[] zip) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        return names;
    }

    /** The same zip with one byte of entry {@code path} changed (the manifest left as it was). */
    static byte[] changeOneByte(byte[] zip, String path) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] body = in.readAllBytes();
                if (e.getName().equals(path)) {
                    body[body.length / 2] ^= 0x01;
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(body);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
