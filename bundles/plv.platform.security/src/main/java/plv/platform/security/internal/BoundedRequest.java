package plv.platform.security.internal;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

import plv.platform.security.api.RequestTooLargeException;

/**
 * The request as pages see it once the security filter has let it through: its body is read here, never by the
 * container, and only when a page asks (a form field, a file part, the input stream), never past {@code limit} bytes
 * (a {@link RequestTooLargeException} stops the reading). Query parameters are parsed from the query string alone,
 * so asking for one never reads the body. File parts are deleted by {@link #cleanUp()} at the end of the request.
 */
final class BoundedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private final long maxFileSize;
    private final Path tempDir;
    private final String boundary;
    private final boolean form;
    private LimitedStream body;
    private MultipartReader multipart;
    private final List<UploadPart> parts = new ArrayList<>();
    private boolean partsComplete;
    private Map<String, List<String>> query;
    private Map<String, List<String>> formFields;
    private boolean streamUsed;

    BoundedRequest(HttpServletRequest request, long limit, long maxFileSize, Path tempDir) {
        super(request);
        this.limit = limit;
        this.maxFileSize = maxFileSize;
        this.tempDir = tempDir;
        this.boundary = MultipartReader.boundary(request.getContentType());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        this.form = type.startsWith("application/x-www-form-urlencoded");
    }

    boolean isMultipart() {
        return boundary != null;
    }

    boolean isForm() {
        return form;
    }

    long limit() {
        return limit;
    }

    /** Refuses at once, before reading anything, a body whose declared length is over the limit. */
    void checkDeclaredLength() {
        long declared = getRequest().getContentLengthLong();
        if (declared > limit) {
            throw new RequestTooLargeException(isMultipart() ? "The upload" : "The form", limit);
        }
    }

    /** The first part of a multipart body (read now, up to its own small limit), or null when there is none. */
    UploadPart firstPart() throws IOException {
        if (parts.isEmpty() && !partsComplete) {
            readPart();
        }
        return parts.isEmpty() ? null : parts.get(0);
    }

    private boolean readPart() throws IOException {
        if (multipart == null) {
            multipart = new MultipartReader(stream(), boundary, maxFileSize, tempDir);
        }
        UploadPart p = multipart.next();
        if (p == null) {
            partsComplete = true;
            return false;
        }
        parts.add(p);
        return true;
    }

    private LimitedStream stream() throws IOException {
        if (body == null) {
            checkDeclaredLength();
            body = new LimitedStream(getRequest().getInputStream(), limit, isMultipart() ? "The upload" : "The request body");
        }
        return body;
    }

    /** Deletes the temporary files of the file parts read. */
    void cleanUp() {
        for (UploadPart p : parts) {
            try {
                p.delete();
            } catch (IOException e) {
                // the filter's sweep removes what is left
            }
        }
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        if (!isMultipart()) {
            throw new ServletException("Not a multipart/form-data request");
        }
        if (streamUsed) {
            throw new IllegalStateException("The body was already read as a stream");
        }
        while (!partsComplete) {
            readPart();
        }
        return Collections.unmodifiableList(new ArrayList<>(parts));
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        for (Part p : getParts()) {
            if (p.getName().equals(name)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (multipart != null || formFields != null) {
            throw new IllegalStateException("The body was already read as form fields");
        }
        streamUsed = true;
        return stream();
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String enc = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(), enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc)));
    }

    @Override
    public String getParameter(String name) {
        String[] v = getParameterValues(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        List<String> v = parameters().get(name);
        return v == null ? null : v.toArray(String[]::new);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> out = new LinkedHashMap<>();
        parameters().forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    /** Only the query string's parameters (never reads the body). */
    String queryParameter(String name) {
        List<String> v = query().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private Map<String, List<String>> query() {
        if (query == null) {
            query = new LinkedHashMap<>();
            decode(getQueryString(), query);
        }
        return query;
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        query().forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        try {
            if (form && !streamUsed) {
                if (formFields == null) {
                    formFields = new LinkedHashMap<>();
                    decode(readAll(stream()), formFields);
                }
                formFields.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            } else if (isMultipart() && !streamUsed) {
                while (!partsComplete) {
                    readPart();
                }
                for (UploadPart p : parts) {
                    if (p.isFormField()) {
                        all.computeIfAbsent(p.getName(), x -> new ArrayList<>()).add(p.text());
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static void decode(String text, Map<String, List<String>> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                into.computeIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), x -> new ArrayList<>())
                        .add(URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: the field is left out, as the container does
            }
        }
    }

    /** The container's input stream, counted: reading past the limit throws before the bytes are kept. */
    static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final String what;
        private long count;

        LimitedStream(ServletInputStream in, long limit, String what) {
            this.in = in;
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new RequestTooLargeException(what, limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
