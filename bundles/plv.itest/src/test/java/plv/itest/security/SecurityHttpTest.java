package plv.itest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.itest.platform.Itest;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.persistence.Database;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * The security filter over real HTTP (issue 11): bodies are not read before the caller is known and its CSRF token
 * checked, size limits answer 413 naming the limit (while streaming, too), upload files do not outlive the request,
 * sessions live in the database and end when the secretary locks the user, HTTP Basic is not a password hash per
 * call, and {@code ?token=} is taken only on the calendar feed addresses.
 */
@Requirement(namespace = "osgi.identity", filter = "(osgi.identity=plv.decisions.web)")
@ExtendWith(ServiceExtension.class)
class SecurityHttpTest {

    static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);
    static final String PASSWORD = "a long enough password";
    static final Path UPLOADS = Path.of(System.getProperty("java.io.tmpdir"), "plv-uploads");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static Database database;

    static int port() {
        return Integer.parseInt(Itest.property("plv.http.port"));
    }

    static String newUser(Role role) {
        String name = role.id() + ".http." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(SECRETARY, new NewUser(name, "Http " + name, role, null, PASSWORD));
        return name;
    }

    /** A browser: cookies kept, redirects not followed. */
    static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        String csrf;

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            for (int i = 0; i < 75 && get("/sign-in").statusCode() != 200; i++) {
                Thread.sleep(200);
            }
            return post("/sign-in", "csrf=" + enc(csrf) + "&next=%2F&username=" + enc(username) + "&password=" + enc(password));
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                    .findFirst().orElse(null);
        }

        String cookieHeader() {
            return String.join("; ", cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
        }
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Sends the head of a request and the first bytes of its body over a plain socket (declaring a much longer body
     * than is sent), then reads what the server answers. The server must answer without waiting for the rest.
     */
    static String raw(String head, byte[] bodyStart) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyStart);
            out.flush();
            return readAnswer(s.getInputStream());
        }
    }

    static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0 && answer.size() < 64_000;) {
                answer.write(buf, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("</html>") || answer.toString(StandardCharsets.UTF_8).endsWith("}")) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // the server may close the connection after its answer without reading the rest of the body
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    static long uploadFiles() throws IOException {
        if (!Files.isDirectory(UPLOADS)) {
            return 0;
        }
        try (var files = Files.list(UPLOADS)) {
            return files.count();
        }
    }

    static String multipartHead(String path, String boundary, String cookie, long length, boolean chunked) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nCookie: " + cookie + "\r\n" + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
                + "Connection: close\r\n\r\n";
    }

    static String part(String boundary, String name, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n" + content + "\r\n";
    }

    // ---- finding 1: uploads and request limits ----

    @Test
    void anAnonymousUploadIsRefusedBeforeItsBodyIsReadAndLeavesNothing() throws Exception {
        Browser visitor = new Browser();
        visitor.get("/sign-in"); // a visitor's session and its CSRF token, as an attacker would get them
        long before = uploadFiles();
        String b = "b0undary";
        byte[] start = (part(b, "csrf", null, visitor.csrf) + part(b, "file", "big.csv", "x".repeat(100_000)))
                .getBytes(StandardCharsets.ISO_8859_1);
        long t0 = System.nanoTime();
        // 5 parts of 20 MB declared, 100 KB sent: the answer must come without the rest.
        String answer = raw(multipartHead("/decisions/import", b, visitor.cookieHeader(), 100_000_000L, false), start);
        assertThat(answer).startsWith("HTTP/1.1 403").contains("Sign in first");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(uploadFiles()).isLessThanOrEqualTo(before);
    }

    @Test
    void aHugeFormPostToSignInAnswers413NamingTheLimitNot500() throws Exception {
        Browser visitor = new Browser();
        visitor.get("/sign-in");
        String head = "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: " + visitor.cookieHeader() + "\r\nContent-Length: 200000000\r\nConnection: close\r\n\r\n";
        String answer = raw(head, ("csrf=" + enc(visitor.csrf) + "&username=x&password=" + "y".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        assertThat(answer).startsWith("HTTP/1.1 413").contains("8 KB");

        // Streamed without a declared length, the same limit stops the reading.
        String chunkedHead = "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: " + visitor.cookieHeader() + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        String body = "csrf=" + enc(visitor.csrf) + "&username=x&password=" + "y".repeat(20_000);
        String chunk = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n";
        assertThat(raw(chunkedHead, chunk.getBytes(StandardCharsets.UTF_8))).startsWith("HTTP/1.1 413").contains("8 KB");
    }

    /**
     * A body a little over the limit, sent by an ordinary client that writes it all before reading: the 413 must reach
     * it. Answering and closing with the rest unread made the server's system reset the connection, and Java's client
     * reported "broken pipe" instead of the answer (seen once in CI on the audit verify call).
     */
    @Test
    void aClientThatSendsABodyALittleOverTheLimitReadsThe413() throws Exception {
        String name = newUser(Role.SECRETARY);
        String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 25; i++) {
            HttpRequest signIn = HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=x&password=" + "y".repeat(200_000))).build();
            HttpResponse<String> form = http.send(signIn, HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).as("sign-in, try %d", i).isEqualTo(413);
            assertThat(form.body()).contains("8 KB");
            HttpRequest verify = HttpRequest.newBuilder(uri("/api/audit/verify")).header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"entries\":1," + " ".repeat(200_000) + "}")).build();
            HttpResponse<String> api = http.send(verify, HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as("audit verify, try %d: %s", i, api.body()).isEqualTo(413);
            assertThat(api.body()).contains("The body is larger than the");
        }
    }

    @Test
    void aTooLargeCsvIsReportedAsTooLargeNamingTheLimitAndNoUploadFileIsLeft() throws Exception {
        Browser secretary = new Browser();
        assertThat(secretary.signIn(newUser(Role.SECRETARY), PASSWORD).statusCode()).isEqualTo(302);
        secretary.get("/decisions/import");
        String b = "----csvBoundary";
        String csrfPart = part(b, "csrf", null, secretary.csrf);

        // Declared 6 MB: refused at once (the import page takes files up to 5 MB).
        String declared = raw(multipartHead("/decisions/import", b, secretary.cookieHeader(), 6_000_000L, false),
                (csrfPart + "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(declared).startsWith("HTTP/1.1 413").contains("5 MB").doesNotContain("security token");

        // Streamed (no declared length): the reading stops when the file passes 5 MB; its temporary file is deleted.
        long before = uploadFiles();
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(multipartHead("/decisions/import", b, secretary.cookieHeader(), 0, true).getBytes(StandardCharsets.ISO_8859_1));
            String startFile = csrfPart + "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n";
            writeChunk(out, startFile.getBytes(StandardCharsets.ISO_8859_1));
            byte[] row = "E09000007,REF,Title,Cabinet,,,2026-01-01\r\n".repeat(1_000).getBytes(StandardCharsets.ISO_8859_1);
            try {
                for (long sent = 0; sent < 7_000_000 && s.getInputStream().available() == 0; sent += row.length) {
                    writeChunk(out, row);
                }
            } catch (IOException e) {
                // the server stopped reading once the limit was passed
            }
            String answer = readAnswer(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("The file big.csv is larger than the 5 MB");
        }
        assertThat(Itest.eventually(5, () -> {
            try {
                return uploadFiles() <= before;
            } catch (IOException e) {
                return false;
            }
        })).as("no upload file is left behind").isTrue();

        // A file of the right size is still imported (its bad rows reported), and its temporary file goes at the end.
        String csv = "councilGss,reference,title\r\n" + "E09000007,R1,Title\r\n".repeat(10_000);
        HttpResponse<String> ok = secretary.http.send(HttpRequest.newBuilder(uri("/decisions/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + b)
                .POST(HttpRequest.BodyPublishers.ofString(csrfPart + part(b, "file", "rows.csv", csv) + "--" + b + "--\r\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        // refused rows: 400, the import page listing each problem, nothing saved
        assertThat(ok.statusCode()).isEqualTo(400);
        assertThat(ok.body()).contains("Nothing was imported");
        assertThat(uploadFiles()).isLessThanOrEqualTo(before);
    }

    private static void writeChunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---- findings 3 and 9: sessions in the database, ended by a lock ----

    @Test
    void aSessionIsARowUnderTheHashOfItsIdAndEndsAtSignOutAndWhenTheSecretaryLocksTheUser() throws Exception {
        String name = newUser(Role.DIRECTOR);
        Browser first = new Browser();
        Browser second = new Browser();
        assertThat(first.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(second.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        String id = first.cookie("PLV_SESSION");
        assertThat(sessionRows("ID_HASH = ?", sha256(id))).isEqualTo(1);
        assertThat(sessionRows("ID_HASH = ?", id)).isZero();
        assertThat(first.get("/").statusCode()).isEqualTo(200);
        assertThat(second.get("/").statusCode()).isEqualTo(200);

        // Sign-out deletes the row.
        String secondId = second.cookie("PLV_SESSION");
        assertThat(second.post("/sign-out", "csrf=" + enc(second.csrf)).statusCode()).isEqualTo(302);
        assertThat(sessionRows("ID_HASH = ?", sha256(secondId))).isZero();

        // The secretary locks the user: the live session ends at once.
        users.lock(SECRETARY, name);
        HttpResponse<String> after = first.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/sign-in"));
        assertThat(sessionRows("ID_HASH = ?", sha256(id))).isZero();
        users.unlock(SECRETARY, name);
    }

    // ---- finding 4: ?token= only on the calendar feeds ----

    @Test
    void aTokenInTheAddressWorksOnlyOnTheCalendarFeedMatchedExactly() throws Exception {
        String token = Itest.calendarToken(users, Role.SECRETARY);
        HttpClient plain = HttpClient.newHttpClient();
        assertThat(plain.send(HttpRequest.newBuilder(uri("/api/deadlines.ics?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        for (String path : List.of("/users;.ics", "/users", "/api/audit/verify;.ics", "/api/deadlines.ics;.ics", "/x/deadlines.ics")) {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(uri(path + "?token=" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isIn(302, 401, 404);
            assertThat(r.body()).as(path).doesNotContain("sec.itest").doesNotContain("\"valid\"");
        }
    }

    // ---- finding 6: HTTP Basic without a password hash per call ----

    @Test
    void httpBasicIsFastAfterTheFirstCallAndALockEndsItAtOnce() throws Exception {
        String name = newUser(Role.VIEWER);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest me = HttpRequest.newBuilder(uri("/api/me")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        assertThat(http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        // One PBKDF2 run at 210,000 iterations takes 100-300 ms here: twenty calls in under 2 s share none.
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        users.lock(SECRETARY, name);
        assertThat(http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        users.unlock(SECRETARY, name);
        assertThat(http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpRequest wrong = HttpRequest.newBuilder(uri("/api/me")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((name + ":wrong").getBytes(StandardCharsets.UTF_8))).build();
        assertThat(http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void theSecureSettingIsOffByDefaultAndNoHstsIsSentOverPlainHttp() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> r = b.get("/sign-in");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(r.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure"));
    }

    static int sessionRows(String where, String value) throws Exception {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM SEC_SESSION WHERE " + where)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
