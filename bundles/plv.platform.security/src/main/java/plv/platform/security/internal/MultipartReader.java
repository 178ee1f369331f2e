package plv.platform.security.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import plv.platform.api.ValidationException;
import plv.platform.security.api.RequestTooLargeException;

/**
 * Reads a {@code multipart/form-data} body one part at a time, as it streams in: nothing is read before it is asked
 * for, a part larger than its limit stops the reading at once, and a file part larger than {@value #IN_MEMORY} bytes
 * goes to a temporary file in {@code tempDir} (the caller deletes it at the end of the request).
 */
final class MultipartReader {

    static final int IN_MEMORY = 64 * 1024;
    static final int MAX_FIELD = 64 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    static final int MAX_PARTS = 50;

    private final InputStream in;
    private final byte[] delimiter;
    private final long maxFileSize;
    private final Path tempDir;
    private boolean started;
    private boolean finished;
    private int parts;

    MultipartReader(InputStream in, String boundary, long maxFileSize, Path tempDir) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 16 * 1024);
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.maxFileSize = maxFileSize;
        this.tempDir = tempDir;
    }

    /** The boundary of a {@code multipart/form-data} content type, or null. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String p : contentType.split(";")) {
            String t = p.trim();
            if (t.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = t.substring(9);
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 || b.indexOf('\r') >= 0 || b.indexOf('\n') >= 0 ? null : b;
            }
        }
        return null;
    }

    /** The next part, or null after the last one. */
    UploadPart next() throws IOException {
        if (finished) {
            return null;
        }
        if (!started) {
            started = true;
            skipPreamble();
            if (finished) {
                return null;
            }
        }
        if (++parts > MAX_PARTS) {
            throw new ValidationException("file", "A form may have at most " + MAX_PARTS + " parts.");
        }
        Map<String, String> headers = headers();
        String disposition = headers.getOrDefault("content-disposition", "");
        String name = parameter(disposition, "name");
        String fileName = parameter(disposition, "filename");
        if (name == null) {
            throw new ValidationException("file", "A part of the form has no name; send it from the form of this page.");
        }
        long limit = fileName == null ? MAX_FIELD : maxFileSize;
        Sink sink = new Sink(limit, fileName == null ? "A form field" : "The file " + fileName);
        try {
            body(sink);
        } catch (IOException | RuntimeException e) {
            sink.discard();
            throw e;
        }
        return new UploadPart(name, fileName, headers.get("content-type"), headers, sink.bytes(), sink.file, sink.size);
    }

    private void skipPreamble() throws IOException {
        // The first delimiter has no leading CRLF: pretend we have just read one.
        int matched = 2;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new ValidationException("file", "The upload ended before its first part; try again.");
            }
            if (b == (delimiter[matched] & 0xff)) {
                matched++;
                if (matched == delimiter.length) {
                    afterDelimiter();
                    return;
                }
            } else {
                matched = b == '\r' ? 1 : 0;
            }
        }
    }

    private Map<String, String> headers() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int prev = -1;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new ValidationException("file", "The upload ended in the middle of a part; try again.");
                }
                if (++total > MAX_HEADER_BYTES) {
                    throw new RequestTooLargeException("The headers of a part", MAX_HEADER_BYTES);
                }
                if (prev == '\r' && b == '\n') {
                    break;
                }
                if (prev >= 0) {
                    line.write(prev);
                }
                prev = b;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                return headers;
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
            }
        }
    }

    /** Copies the part's body to {@code out} up to the next delimiter, then reads what follows the delimiter. */
    private void body(Sink out) throws IOException {
        // No proper prefix of the delimiter is also its suffix ('\r' appears only at its start): a simple match suffices.
        int matched = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new ValidationException("file", "The upload ended in the middle of a part; try again.");
            }
            if (b == (delimiter[matched] & 0xff)) {
                matched++;
                if (matched == delimiter.length) {
                    afterDelimiter();
                    return;
                }
                continue;
            }
            if (matched > 0) {
                out.write(delimiter, matched);
                matched = 0;
                if (b == delimiter[0]) {
                    matched = 1;
                    continue;
                }
            }
            out.write(b);
        }
    }

    private void afterDelimiter() throws IOException {
        int a = in.read();
        int b = in.read();
        if (a == '-' && b == '-') {
            finished = true;
            return;
        }
        // Transport padding may precede the CRLF.
        while (a == ' ' || a == '\t') {
            a = b;
            b = in.read();
        }
        if (a != '\r' || b != '\n') {
            throw new ValidationException("file", "The upload is not well-formed multipart data; send it from the form of this page.");
        }
    }

    static String parameter(String header, String name) {
        for (String p : header.split(";")) {
            String t = p.trim();
            int eq = t.indexOf('=');
            if (eq > 0 && t.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String v = t.substring(eq + 1).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1).replace("\\\"", "\"");
                }
                return v;
            }
        }
        return null;
    }

    /** Where a part's bytes go: memory first, a temporary file past {@link #IN_MEMORY}; never past its limit. */
    private final class Sink {
        private final long limit;
        private final String what;
        private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private Path file;
        private OutputStream fileOut;
        private long size;

        Sink(long limit, String what) {
            this.limit = limit;
            this.what = what;
        }

        void write(int b) throws IOException {
            grow(1);
            if (fileOut != null) {
                fileOut.write(b);
            } else {
                memory.write(b);
            }
        }

        void write(byte[] bytes, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                write(bytes[i] & 0xff);
            }
        }

        private void grow(int n) throws IOException {
            size += n;
            if (size > limit) {
                throw new RequestTooLargeException(what, limit);
            }
            if (fileOut == null && size > IN_MEMORY) {
                Files.createDirectories(tempDir);
                file = Files.createTempFile(tempDir, "plv-upload-", ".part");
                fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                memory.writeTo(fileOut);
                memory.reset();
            }
        }

        byte[] bytes() throws IOException {
            if (fileOut != null) {
                fileOut.close();
                return null;
            }
            return memory.toByteArray();
        }

        void discard() {
            try {
                if (fileOut != null) {
                    fileOut.close();
                }
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // best effort; the filter's sweep removes leftovers
            }
        }
    }
}
