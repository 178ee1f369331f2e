package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import plv.product.PgSchema;
import plv.product.ProductProcess;

/**
 * {@code bin/plv backup} of a PostgreSQL schema while the product runs, a change made afterwards, {@code bin/plv
 * restore} with the product stopped: the product starts on the restored data, the change gone, the chain valid.
 */
class PostgresBackupRestoreTest {

    @Test
    void backUpChangeRestoreAndFindTheOriginalData() throws Exception {
        try (PgSchema db = new PgSchema("plv_e2e_backup")) {
            String[] settings = {"-Dplv.db.url=" + db.url(), "-Dplv.db.user=postgres", "-Dplv.admin.user=operator",
                    "-Dplv.admin.password=operator-password-1"};
            Path home = ProductProcess.newHome("pg-backup");
            Path backup = home.resolve("backup");
            try (ProductProcess p = ProductProcess.startAndWait(home, settings)) {
                assertThat(p.shell("plv:user-add before.backup viewer a-long-password-1")).contains("before.backup");
                Result made = plv(db, "backup", backup.toString());
                assertThat(made.exit).as(made.output).isZero();
                assertThat(made.output).contains("Backed up schema " + db.name);
                assertThat(backup.resolve("plv.dump")).isNotEmptyFile();

                assertThat(p.shell("plv:user-add after.backup viewer a-long-password-2")).contains("after.backup");
                assertThat(db.count("SELECT COUNT(*) FROM %s.SEC_USER WHERE USERNAME = 'after.backup'")).isEqualTo(1);

                Result refused = plv(db, "restore", backup.toString());
                assertThat(refused.exit).as("restore while a node runs").isNotZero();
                assertThat(refused.output).contains("stop every node first");
                p.terminate();
            }
            Result restored = plv(db, "restore", backup.toString());
            assertThat(restored.exit).as(restored.output).isZero();
            String kept = restored.output.replaceAll("(?s).*kept as (\\S+):.*", "$1");
            try (ProductProcess again = ProductProcess.startAndWait(home, settings)) {
                assertThat(db.count("SELECT COUNT(*) FROM %s.SEC_USER WHERE USERNAME = 'before.backup'")).isEqualTo(1);
                assertThat(db.count("SELECT COUNT(*) FROM %s.SEC_USER WHERE USERNAME = 'after.backup'")).isZero();
                assertThat(again.shell("plv:auditRecent 50")).contains("before.backup").doesNotContain("after.backup");
                assertThat(again.shell("plv:auditVerify")).contains("\"valid\": true");
                // the schema the restore replaced is kept, with the change in it
                assertThat(db.count("SELECT COUNT(*) FROM " + kept + ".SEC_USER WHERE USERNAME = 'after.backup'")).isEqualTo(1);
            } finally {
                db.execute("DROP SCHEMA IF EXISTS " + kept + " CASCADE");
            }
        }
    }

    record Result(int exit, String output) {
    }

    /** Runs {@code bin/plv} of this workspace as an operator would, with the database given as PLV_DB_URL. */
    static Result plv(PgSchema db, String... arguments) throws Exception {
        Path workspace = Path.of(System.getProperty("plv.workspace", "..")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(workspace.resolve("bin/plv").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PLV_DB_URL", db.url());
        pb.environment().put("PLV_DB_USER", "postgres");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/plv " + String.join(" ", arguments) + " did not end within 120 s:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
