package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import plv.board.api.ExportVerification;
import plv.board.api.ExportVerification.Status;
import plv.board.api.RecordsRetention;
import plv.platform.api.ValidationException;

/** The retention export's manifest and its check: exported then verified OK; a changed, a missing and an extra entry named. */
class ExportCheckTest {
    private static final Instant AT = Instant.parse("2026-12-31T17:00:00Z");

    static byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportZip zip = new ExportZip(out);
        zip.add("minutes/2026-03-12-meeting-1/v1-public.pdf", "minutes-public", "meeting 1 minutes version 1",
                LocalDate.of(2026, 3, 12), AT, o -> o.write("%PDF-1.7 public minutes".getBytes(StandardCharsets.US_ASCII)));
        zip.add("minutes/2026-03-12-meeting-1/v1-confidential.pdf", "minutes-confidential", "meeting 1 minutes version 1",
                LocalDate.of(2026, 3, 12), AT, o -> o.write("%PDF-1.7 confidential minutes".getBytes(StandardCharsets.US_ASCII)));
        zip.add("resolutions/2026-05-01-resolution-4.pdf", "resolution", "written resolution 4", LocalDate.of(2026, 5, 1), AT,
                o -> o.write("%PDF-1.7 resolution".getBytes(StandardCharsets.US_ASCII)));
        String manifest = zip.finish();
        assertThat(manifest).hasSize(64);
        assertThat(zip.entries()).isEqualTo(3);
        return out.toByteArray();
    }

    @Test
    void anExportVerifiesAndItsManifestListsPathBytesSha256KindAndDates() throws IOException {
        byte[] zip = export();
        ExportVerification check = ExportCheck.verify(new ByteArrayInputStream(zip));
        assertThat(check.intact()).as("not yet compared with the audit trail's exports").isFalse();
        assertThat(check.withExported("2026 exported on 2026-12-31T17:00:00Z by secretary").intact()).isTrue();
        assertThat(check.entries()).hasSize(3).allSatisfy(e -> assertThat(e.status()).isEqualTo(Status.OK));
        String manifest = entry(zip, RecordsRetention.MANIFEST);
        assertThat(manifest).startsWith("path,bytes,sha256,kind,record,dated,created\n")
                // SHA-256 of "%PDF-1.7 resolution", worked out independently: printf '%s' '%PDF-1.7 resolution' | sha256sum
                .contains("resolutions/2026-05-01-resolution-4.pdf,19," + "97284eee7180876612b23cc97e99baa8ac6a78a8183d254d7f3e3a84580cf662"
                        + ",resolution,written resolution 4,2026-05-01,2026-12-31T17:00:00Z");
    }

    /**
     * A path or record with a comma, a quote or a line break is kept exactly (Apache Commons CSV quotes the cell). The
     * hand-written manifest replaced those characters with spaces, so an entry whose path had a comma was reported
     * missing (and its file extra) by the check of a genuine export.
     */
    @Test
    void aPathOrRecordWithACommaQuoteOrLineBreakIsKeptExactly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportZip zip = new ExportZip(out);
        String path = "papers/2026-03-12-meeting-1/Budget, \"final\" v2.pdf";
        String record = "paper 7 \"Budget, final\"\nversion 2";
        zip.add(path, "paper", record, LocalDate.of(2026, 3, 12), AT, o -> o.write("%PDF-1.7 paper".getBytes(StandardCharsets.US_ASCII)));
        zip.finish();
        byte[] bytes = out.toByteArray();
        ExportVerification check = ExportCheck.verify(new ByteArrayInputStream(bytes));
        assertThat(check.entries()).extracting(ExportVerification.Entry::path, ExportVerification.Entry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(path, Status.OK));
        assertThat(entry(bytes, RecordsRetention.MANIFEST)).contains("\"papers/2026-03-12-meeting-1/Budget, \"\"final\"\" v2.pdf\",14,")
                .contains(",paper,\"paper 7 \"\"Budget, final\"\"\nversion 2\",2026-03-12,");
    }

    @Test
    void aManifestChangedIntoBrokenCsvIsRefusedNamingTheFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(RecordsRetention.MANIFEST));
            zip.write((ExportZip.HEADER + "\n\"a.pdf,1,abc\n").getBytes(StandardCharsets.UTF_8)); // a quote never closed
            zip.closeEntry();
        }
        assertThatThrownBy(() -> ExportCheck.verify(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("manifest");
    }

    @Test
    void aChangedAMissingAndAnExtraEntryAreEachNamed() throws IOException {
        byte[] zip = export();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] body = in.readAllBytes();
                if (e.getName().endsWith("v1-confidential.pdf")) {
                    continue; // missing
                }
                if (e.getName().endsWith("v1-public.pdf")) {
                    body[body.length - 1] ^= 1; // one changed bit
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(body);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry("minutes/added-later.pdf"));
            copy.write(1);
            copy.closeEntry();
        }
        ExportVerification check = ExportCheck.verify(new ByteArrayInputStream(out.toByteArray()));
        assertThat(check.intact()).isFalse();
        assertThat(check.entries()).extracting(ExportVerification.Entry::path, ExportVerification.Entry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("minutes/2026-03-12-meeting-1/v1-public.pdf", Status.CHANGED),
                org.assertj.core.groups.Tuple.tuple("minutes/2026-03-12-meeting-1/v1-confidential.pdf", Status.MISSING),
                org.assertj.core.groups.Tuple.tuple("resolutions/2026-05-01-resolution-4.pdf", Status.OK),
                org.assertj.core.groups.Tuple.tuple("minutes/added-later.pdf", Status.EXTRA));
        assertThat(check.entries().get(0).expectedBytes()).isEqualTo(check.entries().get(0).actualBytes());
    }

    @Test
    void aFileThatIsNoZipIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ExportCheck.verify(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("file");
    }

    @Test
    void aZipWithoutManifestHasOnlyExtraEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.pdf"));
            zip.write(1);
            zip.closeEntry();
        }
        ExportVerification check = ExportCheck.verify(new ByteArrayInputStream(out.toByteArray()));
        assertThat(check.manifestFound()).isFalse();
        assertThat(check.intact()).isFalse();
        assertThat(check.count(Status.EXTRA)).isEqualTo(1);
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the zip");
    }

    static String sha256(String s) {
        return java.util.HexFormat.of().formatHex(ExportZip.sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
