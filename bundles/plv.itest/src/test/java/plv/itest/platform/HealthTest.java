package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.audit.AuditTrail;

@ExtendWith(ServiceExtension.class)
class HealthTest {

    @Test
    void healthAnswersWithDatabaseBundlesAndProgrammes(@InjectService(timeout = 30_000) AuditTrail ready) throws Exception {
        HttpResponse<String> health = Itest.healthDetails();
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(health.body())
                .contains("\"kind\":\"" + Itest.property("plv.itest.db") + "\"")
                .contains("\"reachable\":true")
                .contains("\"owner\":\"plv.platform.audit\",\"version\":2")
                .contains("\"symbolicName\":\"plv.platform.core\"")
                .contains("\"programmes\":[");
        // every bundle of the product and the tests is active, so the status is UP
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"");
    }

    /** Issue 11, finding 10: /health told anonymous callers every bundle and the database location. */
    @Test
    void anonymousCallersLearnOnlyTheStatus(@InjectService(timeout = 30_000) AuditTrail ready) throws Exception {
        HttpResponse<String> health = Itest.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(Itest.get("/api/health").statusCode()).as("the details need a token").isEqualTo(401);
    }
}
