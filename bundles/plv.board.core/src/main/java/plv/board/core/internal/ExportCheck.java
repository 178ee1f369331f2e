package plv.board.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import plv.board.api.ExportVerification;
import plv.board.api.ExportVerification.Entry;
import plv.board.api.ExportVerification.Status;
import plv.board.api.RecordsRetention;
import plv.platform.api.ValidationException;

/**
 * Checks a records export read as a stream: every entry's size and SHA-256 are counted as it passes (nothing is kept
 * but the counts and the manifest), then compared with the manifest's lines.
 */
final class ExportCheck {
    private static final int MAX_ENTRIES = 200_000;
    private static final int MAX_MANIFEST_BYTES = 20 * 1024 * 1024;

    private ExportCheck() {
    }

    record Found(long bytes, String sha256) {
    }

    static ExportVerification verify(InputStream in) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<Entry> duplicates = new ArrayList<>();
        byte[] manifest = null;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buffer = new byte[64 * 1024];
            while ((e = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new ValidationException("file", "The zip has more than " + MAX_ENTRIES + " entries; it is not an export of the suite.");
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (e.getName().equals(RecordsRetention.MANIFEST) && manifest == null) {
                    manifest = zip.readNBytes(MAX_MANIFEST_BYTES + 1);
                    if (manifest.length > MAX_MANIFEST_BYTES) {
                        throw new ValidationException("file", "The manifest is larger than 20 MB; it is not an export of the suite.");
                    }
                    continue;
                }
                MessageDigest digest = ExportZip.sha256();
                long bytes = 0;
                for (int n; (n = zip.read(buffer)) > 0;) {
                    digest.update(buffer, 0, n);
                    bytes += n;
                }
                Found f = new Found(bytes, HexFormat.of().formatHex(digest.digest()));
                if (found.putIfAbsent(e.getName(), f) != null) {
                    duplicates.add(new Entry(e.getName(), Status.EXTRA, null, f.bytes(), null, f.sha256()));
                }
            }
        } catch (ZipException e) {
            throw new ValidationException("file", "The file is not a readable zip (" + e.getMessage() + "); upload the export as it was downloaded.");
        } catch (IOException e) {
            throw new ValidationException("file", "The file could not be read (" + e.getMessage() + ").");
        }
        if (count == 0) {
            throw new ValidationException("file", "The file is not a zip, or an empty one; upload the export as it was downloaded.");
        }
        List<Entry> entries = new ArrayList<>();
        if (manifest != null) {
            List<org.apache.commons.csv.CSVRecord> lines;
            try (var parser = org.apache.commons.csv.CSVParser.parse(new String(manifest, StandardCharsets.UTF_8), ExportZip.MANIFEST_FORMAT)) {
                lines = parser.getRecords();
            } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
                throw new ValidationException("file", "The export's manifest (" + RecordsRetention.MANIFEST + ") is not readable CSV ("
                        + e.getMessage() + "); it was changed after the export.");
            }
            for (org.apache.commons.csv.CSVRecord line : lines) {
                String[] cells = line.values();
                if (cells.length < 3 || String.join(",", cells).equals(ExportZip.HEADER)) {
                    continue;
                }
                String path = cells[0];
                Long bytes = parse(cells[1]);
                String sha = cells[2].trim().toLowerCase(java.util.Locale.ROOT);
                Found f = found.remove(path);
                if (f == null) {
                    entries.add(new Entry(path, Status.MISSING, bytes, null, sha, null));
                } else {
                    boolean same = bytes != null && bytes == f.bytes() && sha.equals(f.sha256());
                    entries.add(new Entry(path, same ? Status.OK : Status.CHANGED, bytes, f.bytes(), sha, f.sha256()));
                }
            }
        }
        found.forEach((path, f) -> entries.add(new Entry(path, Status.EXTRA, null, f.bytes(), null, f.sha256())));
        entries.addAll(duplicates);
        return new ExportVerification(manifest != null,
                manifest == null ? null : HexFormat.of().formatHex(ExportZip.sha256().digest(manifest)), entries);
    }

    private static Long parse(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
