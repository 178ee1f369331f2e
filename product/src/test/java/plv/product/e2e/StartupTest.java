package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import plv.product.ProductProcess;

/** Starting and stopping the exported product as a user would, including the ways a start must fail. */
class StartupTest {

    @Test
    void helpPrintsTheSettingsAndEnds() throws Exception {
        try (ProductProcess p = ProductProcess.start(ProductProcess.newHome("help"), "-Dplv.help=true")) {
            assertThat(p.waitForExit(Duration.ofSeconds(60))).isZero();
            assertThat(p.stdout()).contains("plv.home=DIR", "plv.http.port=N", "plv.demo=true", "plv.db.url=URL", "plv.http.idleTimeoutSeconds=N");
        }
    }

    @Test
    void anUnreachableDatabaseEndsTheStartWithOneClearLine() throws Exception {
        try (ProductProcess p = ProductProcess.start(ProductProcess.newHome("nodb"),
                "-Dplv.db.url=jdbc:postgresql://127.0.0.1:1/nothing", "-Dplv.db.user=postgres")) {
            assertThat(p.waitForExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertOneLineFailure(p.stderr(), "database jdbc:postgresql://127.0.0.1:1/nothing is not reachable",
                    "check plv.db.url, plv.db.user and plv.db.password");
        }
    }

    @Test
    void anUnsupportedDatabaseUrlIsNamedWithTheFix() throws Exception {
        try (ProductProcess p = ProductProcess.start(ProductProcess.newHome("badurl"), "-Dplv.db.url=jdbc:mysql://localhost/plv")) {
            assertThat(p.waitForExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertOneLineFailure(p.stderr(), "plv.db.url 'jdbc:mysql://localhost/plv' is not supported", "jdbc:postgresql://");
        }
    }

    /** Issue 11, finding 8: a port in use left the process running with no listener and no exit code. */
    @Test
    void aPortInUseEndsTheStartWithOneClearLine() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            try (ProductProcess p = ProductProcess.start(ProductProcess.newHome("portinuse"), "-Dplv.http.port=" + port)) {
                assertThat(p.waitForExit(Duration.ofSeconds(90))).isEqualTo(3);
                assertOneLineFailure(p.stderr(), "port " + port + " on 127.0.0.1 is in use", "-Dplv.http.port=N");
                assertThat(java.nio.file.Files.readString(p.home.resolve("logs/plv.log"))).contains("PLV cannot start: port " + port);
            }
        }
    }

    /** Issue 11, finding 8: an unwritable plv.home printed a 42-line stack trace before its message. */
    @Test
    void anUnusableHomeEndsTheStartWithOneClearLine() throws Exception {
        Path home = ProductProcess.newHome("badhome");
        Path file = java.nio.file.Files.writeString(home.resolve("a-file"), "not a folder");
        Path unusable = file.resolve("plv-home");
        try (ProductProcess p = ProductProcess.start(home, "-Dplv.home=" + unusable)) {
            assertThat(p.waitForExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertOneLineFailure(p.stderr(), "plv.home " + unusable + " cannot be created or written", "-Dplv.home=DIR");
            assertThat(p.stderr()).doesNotContain("\tat ");
        }
    }

    @Test
    void aDatabaseNewerThanTheCodeIsRefused() throws Exception {
        Path home = ProductProcess.newHome("newer");
        try (ProductProcess first = ProductProcess.startAndWait(home)) {
            first.terminate();
        }
        sql(home, "INSERT INTO PLV_SCHEMA_VERSION (OWNER, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT, APPLIED_BY)"
                + " VALUES ('plv.platform.audit', 99, 'from the future', 'x', CURRENT_TIMESTAMP, 'test')");
        try (ProductProcess again = ProductProcess.start(home)) {
            assertThat(again.waitForExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertOneLineFailure(again.stderr(), "holds schema version 99 of plv.platform.audit but this product knows only up to 2");
        }
    }

    @Test
    void aChangedMigrationIsRefused() throws Exception {
        Path home = ProductProcess.newHome("checksum");
        try (ProductProcess first = ProductProcess.startAndWait(home)) {
            first.terminate();
        }
        sql(home, "UPDATE PLV_SCHEMA_VERSION SET CHECKSUM = 'edited' WHERE OWNER = 'plv.platform.audit' AND VERSION = 1");
        try (ProductProcess again = ProductProcess.start(home)) {
            assertThat(again.waitForExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertOneLineFailure(again.stderr(), "Migration V1 of plv.platform.audit was changed after it was applied");
        }
    }

    @Test
    void theConsoleSaysWhereTheProductListensAndNotWhatTheFrameworkRegistered() throws Exception {
        try (ProductProcess p = ProductProcess.startAndWait(ProductProcess.newHome("console"))) {
            String url = p.url("/");
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!p.stdout().contains("listening on " + url) && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            assertThat(p.stdout()).contains("PLV Governance Suite: listening on " + url + " (home " + p.home);
            assertThat(p.stdout() + p.stderr()).doesNotContain("Registered provider", "spifly", "INFO");
        }
    }

    @Test
    void sigtermStopsTheFrameworkAndClosesTheDatabase() throws Exception {
        try (ProductProcess p = ProductProcess.startAndWait(ProductProcess.newHome("sigterm"))) {
            assertThat(p.get("/health").body()).contains("\"status\":\"UP\"");
            p.terminate();
            String log = java.nio.file.Files.readString(p.home.resolve("logs/plv.log"));
            assertThat(log).contains("Derby database closed");
        }
    }

    @Test
    void theProductKeepsRunningWithStandardInputClosed() throws Exception {
        Path home = ProductProcess.newHome("nostdin");
        int port = ProductProcess.freePort();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dplv.home=" + home, "-Dplv.http.port=" + port, "-jar", ProductProcess.jar().toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(home.resolve("out.txt").toFile()).redirectErrorStream(true).start();
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/health")).build();
            int status = 0;
            for (int i = 0; i < 300 && status != 200; i++) {
                Thread.sleep(200);
                try {
                    status = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    assertThat(p.isAlive()).as("product ended early").isTrue();
                }
            }
            assertThat(status).isEqualTo(200);
            Thread.sleep(2000);
            assertThat(p.isAlive()).as("still serving after stdin closed").isTrue();
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void aBadIdleTimeoutEndsTheStartNamingTheSetting() throws Exception {
        try (ProductProcess p = ProductProcess.start(ProductProcess.newHome("idle-bad"), "-Dplv.http.idleTimeoutSeconds=0")) {
            assertThat(p.waitForExit(Duration.ofSeconds(60))).isEqualTo(3);
            assertOneLineFailure(p.stderr(), "plv.http.idleTimeoutSeconds=0", "from 1 to 3600");
        }
    }

    /**
     * A client that declares a body and stops sending it is cut off after the idle timeout (here 2 s; 20 s by
     * default, Felix's own 60 s before), so it cannot hold a request thread longer; it is not answered with a 500.
     */
    @Test
    void aClientThatStopsSendingItsBodyIsCutOffAfterTheIdleTimeout() throws Exception {
        try (ProductProcess p = ProductProcess.startAndWait(ProductProcess.newHome("idle"), "-Dplv.http.idleTimeoutSeconds=2")) {
            String answer;
            long millis;
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", p.port)) {
                s.setSoTimeout(30_000);
                s.getOutputStream().write(("POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 1000\r\n\r\nusername=a").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                long start = System.nanoTime();
                java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
                try {
                    s.getInputStream().transferTo(got); // until the server closes the connection
                } catch (java.net.SocketException reset) {
                    // closed by a reset: cut off all the same
                }
                millis = (System.nanoTime() - start) / 1_000_000;
                answer = got.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            assertThat(millis).as("cut off after the idle timeout of 2 s, not at once and not after Felix's 60 s")
                    .isBetween(1_500L, 15_000L);
            assertThat(answer).as("no 500 for a stalled client").doesNotStartWith("HTTP/1.1 500");
            assertThat(p.get("/health").statusCode()).isEqualTo(200);
        }
    }

    private static void assertOneLineFailure(String stderr, String... fragments) {
        List<String> lines = Arrays.stream(stderr.split("\\R")).filter(l -> !l.isBlank())
                .filter(l -> !l.contains("org.apache.aries.spifly") && !l.startsWith("INFO: Registered provider")).toList();
        assertThat(lines).as("stderr:\n%s", stderr).hasSize(1);
        assertThat(lines.get(0)).startsWith("PLV cannot start: ").contains(fragments);
    }

    private static void sql(Path home, String statement) throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(home.resolve("db").toString());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
        ds.setShutdownDatabase("shutdown");
        try (Connection c = ds.getConnection()) {
            throw new IllegalStateException("Derby did not shut down");
        } catch (java.sql.SQLException expected) {
            // 08006: database shut down, files closed for the product
        }
    }
}
