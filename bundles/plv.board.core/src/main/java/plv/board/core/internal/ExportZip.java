package plv.board.core.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import plv.board.api.RecordsRetention;

/**
 * Writes a records export: each record as a zip entry streamed straight to the output while its size and SHA-256 are
 * counted, then the manifest ({@value RecordsRetention#MANIFEST}: path, bytes, sha256, kind, record, dated, created)
 * as the last entry. Only the manifest's lines are held in memory.
 */
final class ExportZip {
    static final String HEADER = "path,bytes,sha256,kind,record,dated,created";
    /**
     * The manifest's CSV (Apache Commons CSV): a cell with a comma, a quote or a line break is quoted, so every path and
     * record is kept exactly; lines end in LF, as the exports before this did.
     */
    static final org.apache.commons.csv.CSVFormat MANIFEST_FORMAT = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\n").get();

    /** Writes one entry's bytes. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    record Line(String path, long bytes, String sha256, String kind, String record, LocalDate dated, Instant created) {
        List<String> cells() {
            return List.of(path, String.valueOf(bytes), sha256, kind == null ? "" : kind, record == null ? "" : record,
                    dated == null ? "" : dated.toString(), created == null ? "" : created.toString());
        }
    }

    private final ZipOutputStream zip;
    private final List<Line> lines = new ArrayList<>();
    private long total;

    ExportZip(OutputStream out) {
        this.zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller's stream stays open
            }
        });
    }

    void add(String path, String kind, String record, LocalDate dated, Instant created, Body body) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = sha256();
        long[] count = new long[1];
        OutputStream entry = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
                digest.update((byte) b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
                digest.update(b, off, len);
                count[0] += len;
            }

            @Override
            public void close() {
                // the entry is closed by the export, not by whoever wrote it
            }
        };
        body.writeTo(entry);
        zip.closeEntry();
        total += count[0];
        lines.add(new Line(path, count[0], HexFormat.of().formatHex(digest.digest()), kind, record, dated, created));
    }

    /** Writes the manifest and finishes the zip; answers the manifest's SHA-256. */
    String finish() throws IOException {
        StringBuilder csv = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(csv, MANIFEST_FORMAT)) {
            printer.printRecord((Object[]) HEADER.split(","));
            for (Line l : lines) {
                printer.printRecord(l.cells());
            }
        }
        byte[] manifest = csv.toString().getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(RecordsRetention.MANIFEST));
        zip.write(manifest);
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return HexFormat.of().formatHex(sha256().digest(manifest));
    }

    int entries() {
        return lines.size();
    }

    long bytes() {
        return total;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
