package plv.platform.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.persistence.Database;

/**
 * Gogo commands for administrators: {@code plv:backup}, {@code plv:auditVerify [checkpoint file]},
 * {@code plv:auditCheckpoint [file]}, {@code plv:auditRotateKey}, {@code plv:audit}, {@code plv:programmes}, {@code plv:db}.
 */
@Component(service = PlatformCommands.class, property = {
        "osgi.command.scope=plv",
        "osgi.command.function=backup",
        "osgi.command.function=auditVerify",
        "osgi.command.function=auditCheckpoint",
        "osgi.command.function=auditRotateKey",
        "osgi.command.function=programmes",
        "osgi.command.function=db",
        "osgi.command.function=audit",
        "osgi.command.function=auditRecent"})
public class PlatformCommands {

    private final Database database;
    private final AuditTrail audit;
    private final ProgrammeRegistry programmes;

    @Activate
    public PlatformCommands(@Reference Database database, @Reference AuditTrail audit, @Reference ProgrammeRegistry programmes) {
        this.database = database;
        this.audit = audit;
        this.programmes = programmes;
    }

    /** {@code plv:backup <folder>}: online backup of the embedded database into a new folder. */
    public String backup(String folder) {
        Path copy = database.backup(Path.of(folder));
        return "Backed up to " + copy + "\nRestore: stop the product, then start it once with -Dplv.db.restoreFrom=" + copy;
    }

    /** {@code plv:auditVerify}: walks the audit chain. */
    public String auditVerify() {
        return format(audit.verify());
    }

    /** {@code plv:auditVerify <file>}: walks the audit chain and checks it against a checkpoint saved by {@code plv:auditCheckpoint}. */
    public String auditVerify(String checkpointFile) throws IOException {
        return format(audit.verify(Checkpoints.parse(Files.readString(Path.of(checkpointFile), StandardCharsets.UTF_8))));
    }

    /** {@code plv:auditCheckpoint}: verifies the chain and prints a signed checkpoint (count, last code, time) to keep. */
    public String auditCheckpoint() {
        return Checkpoints.json(audit.checkpoint());
    }

    /** {@code plv:auditCheckpoint <file>}: the same, saved in a new file (for the auditor to take away). */
    public String auditCheckpoint(String file) throws IOException {
        String json = Checkpoints.json(audit.checkpoint());
        Files.writeString(Path.of(file), json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return json + "\nSaved to " + Path.of(file).toAbsolutePath() + "; verify later with plv:auditVerify " + file;
    }

    /** {@code plv:auditRotateKey}: a new audit key signs new entries from now on; copy the keys folder to every node. */
    public String auditRotateKey() {
        String id = audit.rotateKey("system");
        return "New entries are signed with audit key " + id + "; older keys are kept to verify older entries."
                + " With several nodes, copy the keys folder to each of them now.";
    }

    private static String format(AuditVerification v) {
        return String.format("{\"valid\": %s, \"entries\": %d, \"firstBrokenEntry\": %s, \"reason\": %s}", v.valid(), v.entries(),
                v.firstBrokenEntry() == null ? "null" : v.firstBrokenEntry().toString(),
                v.reason() == null ? "null" : "\"" + v.reason().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    /** {@code plv:programmes}: the programmes installed now. */
    public String programmes() {
        return programmes.programmes().stream()
                .map(p -> p.descriptor().id() + "\t" + p.descriptor().status().id() + "\t" + p.descriptor().name())
                .collect(Collectors.joining("\n"));
    }

    /** {@code plv:audit <recordType> <recordId>}: the audit entries of one record, oldest first. */
    public String audit(String recordType, String recordId) {
        return format(audit.forRecord(recordType, recordId));
    }

    private static String format(java.util.List<plv.platform.api.audit.AuditRecord> records) {
        return records.stream()
                .map(r -> r.id() + "\t" + r.recordedAt() + "\t" + r.actor() + "\t" + r.action() + "\t" + r.recordType() + "\t"
                        + r.recordId() + "\t" + r.changes())
                .collect(Collectors.joining("\n"));
    }

    /** {@code plv:auditRecent [limit]}: the newest audit entries first (default 20). */
    public String auditRecent(int limit) {
        return format(audit.recent(limit));
    }

    public String auditRecent() {
        return auditRecent(20);
    }

    /** {@code plv:db}: database kind, location and schema versions. */
    public String db() {
        return database.kind().id() + " " + database.location() + (database.reachable() ? " (reachable)" : " (NOT reachable)") + "\n"
                + database.schemaVersions().stream().map(v -> "  " + v.owner() + " v" + v.version()).collect(Collectors.joining("\n"));
    }
}
