package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plv.platform.security.api.RequestTooLargeException;

class MultipartReaderTest {

    @TempDir
    Path temp;

    private static String body(String boundary, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            b.append("--").append(boundary).append("\r\n").append(p).append("\r\n");
        }
        return b.append("--").append(boundary).append("--\r\n").toString();
    }

    @Test
    void readsFieldsAndFilesOnePartAtATime() throws IOException {
        String data = "a,b\r\n--not-the-boundary\r\n\r\n1,2\r";
        String body = body("XyZ", "Content-Disposition: form-data; name=\"csrf\"\r\n\r\ntok",
                "Content-Disposition: form-data; name=\"file\"; filename=\"d.csv\"\r\nContent-Type: text/csv\r\n\r\n" + data);
        MultipartReader r = new MultipartReader(in(body), "XyZ", 1_000, temp);
        UploadPart csrf = r.next();
        assertThat(csrf.getName()).isEqualTo("csrf");
        assertThat(csrf.isFormField()).isTrue();
        assertThat(csrf.text()).isEqualTo("tok");
        UploadPart file = r.next();
        assertThat(file.getSubmittedFileName()).isEqualTo("d.csv");
        assertThat(file.getContentType()).isEqualTo("text/csv");
        assertThat(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(data);
        assertThat(file.getSize()).isEqualTo(data.length());
        assertThat(r.next()).isNull();
    }

    @Test
    void aLargeFileGoesToATemporaryFileThatDeleteRemoves() throws IOException {
        String data = "x".repeat(MultipartReader.IN_MEMORY + 10);
        String body = body("b", "Content-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n" + data);
        UploadPart file = new MultipartReader(in(body), "b", 1_000_000, temp).next();
        assertThat(file.file()).exists();
        assertThat(file.getSize()).isEqualTo(data.length());
        file.delete();
        assertThat(file.file()).doesNotExist();
    }

    @Test
    void aFileOverItsLimitStopsTheReadingNamingTheLimitAndLeavesNoFile() throws IOException {
        String data = "x".repeat(200_000);
        String body = body("b", "Content-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n" + data);
        MultipartReader r = new MultipartReader(in(body), "b", 100_000, temp);
        assertThatThrownBy(r::next).isInstanceOf(RequestTooLargeException.class)
                .hasMessageContaining("The file big.csv is larger than the 100 KB");
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theBoundaryIsTakenFromTheContentType() {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=----WebKitFormBoundaryA1")).isEqualTo("----WebKitFormBoundaryA1");
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=\"q q\"")).isEqualTo("q q");
        assertThat(MultipartReader.boundary("application/x-www-form-urlencoded")).isNull();
        assertThat(MultipartReader.boundary("multipart/form-data")).isNull();
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
