package plv.platform.security.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Part;

/**
 * One part of a multipart body read by {@link MultipartReader}: small parts in memory, larger ones in a temporary
 * file that {@link #delete()} removes (the security filter deletes every part when the request ends).
 */
final class UploadPart implements Part {

    private final String name;
    private final String fileName;
    private final String contentType;
    private final Map<String, String> headers;
    private final byte[] bytes;
    private final Path file;
    private final long size;

    UploadPart(String name, String fileName, String contentType, Map<String, String> headers, byte[] bytes, Path file, long size) {
        this.name = name;
        this.fileName = fileName;
        this.contentType = contentType;
        this.headers = headers;
        this.bytes = bytes;
        this.file = file;
        this.size = size;
    }

    boolean isFormField() {
        return fileName == null;
    }

    String text() {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    Path file() {
        return file;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSubmittedFileName() {
        return fileName;
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public void write(String target) throws IOException {
        Path to = Path.of(target);
        if (file != null) {
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.write(to, bytes);
        }
    }

    @Override
    public void delete() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public String getHeader(String header) {
        return headers.get(header.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Collection<String> getHeaders(String header) {
        String v = getHeader(header);
        return v == null ? List.of() : List.of(v);
    }

    @Override
    public Collection<String> getHeaderNames() {
        return headers.keySet();
    }
}
