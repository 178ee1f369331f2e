package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.audit.FieldChange;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/** Issue 11, finding 2, in the running product: the keyed chain, checkpoints over the API, what is and is not recorded. */
@ExtendWith(ServiceExtension.class)
class AuditEvidenceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "a long enough password";
    private static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);

    @InjectService(timeout = 30_000)
    static AuditTrail audit;
    @InjectService(timeout = 30_000)
    static UserDirectory users;

    private static String secretary;

    @BeforeAll
    static void aSecretary() {
        secretary = "sec.audit." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(SECRETARY, new NewUser(secretary, "Audit secretary", Role.SECRETARY, null, PASSWORD));
    }

    @Test
    void theKeyIsAFileOutsideTheDatabaseReadableByItsOwnerOnly() throws Exception {
        Path keys = Path.of(Itest.property("plv.home"), "keys");
        String current = Files.readString(keys.resolve("audit-current")).strip();
        AuditRecord r = audit.append(new AuditEvent("sec.itest", "check", "audit-evidence-test", "1", Map.of()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("audit-" + current + ".key"))))
                .isEqualTo("rw-------");
        assertThat(r.hash()).hasSize(64);
        assertThat(audit.verify().valid()).isTrue();
    }

    /** Finding 2: every HTTP Basic request, even a read, wrote a "sign-in" entry. */
    @Test
    void readsThroughTheApiWriteNoEntryButAFailedSignInDoes() throws Exception {
        // a first success clears any failures an earlier test left (a recorded change)
        send("GET", "/api/audit?limit=1", secretary, PASSWORD, null);
        long before = audit.verify().entries();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> read = send("GET", "/api/audit?limit=1", secretary, PASSWORD, null);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        }
        assertThat(audit.verify().entries()).as("three reads through the API").isEqualTo(before);

        HttpResponse<String> wrong = send("GET", "/api/audit?limit=1", secretary, "not the password", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(audit.recent(1).get(0).action()).isEqualTo("sign-in-failed");
        assertThat(audit.verify().entries()).isEqualTo(before + 1);
    }

    @Test
    void issuingATokenIsRecorded() {
        long before = audit.verify().entries();
        users.issueToken(SECRETARY, secretary, "Audit test");
        List<AuditRecord> last = audit.recent(1);
        assertThat(last.get(0).recordType()).isEqualTo("api-token");
        assertThat(last.get(0).actor()).isEqualTo("sec.itest");
        assertThat(audit.verify().entries()).isEqualTo(before + 1);
    }

    @Test
    void anAuditorExportsACheckpointAndVerifiesAgainstItLater() throws Exception {
        HttpResponse<String> checkpoint = send("GET", "/api/audit/checkpoint", secretary, PASSWORD, null);
        assertThat(checkpoint.statusCode()).as(checkpoint.body()).isEqualTo(200);
        assertThat(checkpoint.body()).contains("\"entries\":", "\"headHash\":\"", "\"at\":\"", "\"keyId\":\"", "\"signature\":\"");
        audit.append(new AuditEvent("sec.itest", "after-checkpoint", "audit-evidence-test", "2", Map.of()));
        HttpResponse<String> later = send("POST", "/api/audit/verify", secretary, PASSWORD, checkpoint.body());
        assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
        assertThat(later.body()).startsWith("{\"valid\":true");
        String forged = checkpoint.body().replaceFirst("\"entries\":([0-9]+)", "\"entries\":1");
        assertThat(send("POST", "/api/audit/verify", secretary, PASSWORD, forged).body())
                .contains("\"valid\":false").contains("signature is not genuine");
        HttpResponse<String> nonsense = send("POST", "/api/audit/verify", secretary, PASSWORD, "{\"hello\":1}");
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(nonsense.body()).contains("GET /api/audit/checkpoint", "\"field\":\"body\"");
        HttpResponse<String> huge = send("POST", "/api/audit/verify", secretary, PASSWORD, "{\"entries\":1," + " ".repeat(5000) + "}");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(413);
        assertThat(huge.body()).contains("The body is larger than the");
    }

    /** Finding 2: verify answered valid:false while writes were in flight (up to 9 of 10 calls on PostgreSQL). */
    @Test
    void verifyIsNeverAFalseAlarmWhileWritesRun() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<AuditVerification> results = new ArrayList<>();
        long start = audit.verify().entries();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                writers.add(pool.submit(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        audit.append(new AuditEvent("sec.itest", "update", "audit-evidence-test", "w" + n, Map.of("n", FieldChange.of(n, ++n))));
                    }
                    return null;
                }));
            }
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end || results.size() < 10) {
                results.add(audit.verify());
            }
            stop.set(true);
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        assertThat(results).allSatisfy(v -> assertThat(v.valid()).as(v.toString()).isTrue());
        assertThat(audit.verify().entries()).isGreaterThan(start + 10);
    }

    private static HttpResponse<String> send(String method, String path, String user, String password, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
