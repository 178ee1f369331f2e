package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import plv.product.ProductProcess;

/** Nothing committed is lost when the process is killed, and the audit chain stays intact. */
class DurabilityTest {

    @Test
    void committedRecordsSurviveSigkill() throws Exception {
        Path home = ProductProcess.newHome("sigkill");
        try (ProductProcess p = ProductProcess.startAndWait(home)) {
            for (int i = 1; i <= 5; i++) {
                String out = p.shell("plv:user-add officer" + i + " viewer Secret-passw0rd-" + i);
                assertThat(out).doesNotContainIgnoringCase("error").doesNotContain("Exception");
            }
            assertThat(p.shell("plv:auditVerify")).contains("\"valid\": true");
            p.kill();
        }
        try (ProductProcess again = ProductProcess.startAndWait(home)) {
            String trail = again.shell("plv:auditRecent 50");
            for (int i = 1; i <= 5; i++) {
                assertThat(trail).as("user officer%d after SIGKILL", i).contains("after=officer" + i);
            }
            String verify = again.shell("plv:auditVerify");
            assertThat(verify).contains("\"valid\": true").contains("\"firstBrokenEntry\": null");
        }
    }

    @Test
    void onlineBackupAndRestore() throws Exception {
        Path home = ProductProcess.newHome("backup");
        Path backups = home.resolve("backups");
        Path copy;
        try (ProductProcess p = ProductProcess.startAndWait(home)) {
            p.shell("plv:user-add before.backup viewer Secret-passw0rd-1");
            String out = p.shell("plv:backup " + backups);
            assertThat(out).contains("Backed up to");
            copy = backups.resolve("db");
            assertThat(copy.resolve("service.properties")).exists();
            p.shell("plv:user-add after.backup viewer Secret-passw0rd-2");
            assertThat(p.shell("plv:auditRecent 50")).contains("after=after.backup");
            p.terminate();
        }
        try (ProductProcess restored = ProductProcess.startAndWait(home, "-Dplv.db.restoreFrom=" + copy)) {
            String trail = restored.shell("plv:auditRecent 50");
            assertThat(trail).contains("after=before.backup").doesNotContain("after.backup");
            assertThat(restored.shell("plv:auditVerify")).contains("\"valid\": true");
        }
        assertThat(Files.readString(home.resolve("logs/plv.log"))).contains("Restored the database from " + copy);
    }

    @Test
    void aCommandFromTheCommandLineRunsAndEnds() throws Exception {
        Path home = ProductProcess.newHome("cli");
        try (ProductProcess p = ProductProcess.start(home, "-Dplv.command=plv:db")) {
            assertThat(p.waitForExit(Duration.ofSeconds(90))).isZero();
            assertThat(p.stdout()).contains("derby jdbc:derby:" + home.resolve("db")).contains("plv.platform.audit v2");
        }
    }
}
