package plv.platform.shell.internal;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.persistence.Database;

/** Gogo commands for administrators: {@code plv:backup}, {@code plv:auditVerify}, {@code plv:audit}, {@code plv:programmes}, {@code plv:db}. */
@Component(service = PlatformCommands.class, property = {
        "osgi.command.scope=plv",
        "osgi.command.function=backup",
        "osgi.command.function=auditVerify",
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

    /** {@code plv:auditVerify}: walks the audit hash chain. */
    public String auditVerify() {
        AuditVerification v = audit.verify();
        return String.format("{\"valid\": %s, \"entries\": %d, \"firstBrokenEntry\": %s}", v.valid(), v.entries(),
                v.firstBrokenEntry() == null ? "null" : v.firstBrokenEntry().toString());
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
