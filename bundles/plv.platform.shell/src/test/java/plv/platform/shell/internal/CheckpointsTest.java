package plv.platform.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import plv.platform.api.audit.AuditCheckpoint;

class CheckpointsTest {

    private static final AuditCheckpoint CP = new AuditCheckpoint(1234, "ab".repeat(32), Instant.parse("2026-12-04T16:00:00.120Z"),
            "20261204-9f3a2c1b", "cd".repeat(32));

    @Test
    void theShellsJsonReadsBack() {
        assertThat(Checkpoints.parse(Checkpoints.json(CP))).isEqualTo(CP);
    }

    @Test
    void theApisJsonIsReadToo() {
        String api = "{\"entries\":1234,\"headHash\":\"" + "ab".repeat(32) + "\",\"at\":\"2026-12-04T16:00:00.120Z\","
                + "\"keyId\":\"20261204-9f3a2c1b\",\"signature\":\"" + "cd".repeat(32) + "\"}";
        assertThat(Checkpoints.parse(api)).isEqualTo(CP);
    }

    @Test
    void somethingElseIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Checkpoints.parse("{\"entries\":3}")).hasMessageContaining("give the file plv:auditCheckpoint saved");
    }
}
