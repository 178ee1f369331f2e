package plv.board.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.Meetings;
import plv.board.api.ExportVerification;
import plv.board.api.MinutesEdition;
import plv.board.api.RecordsExport;
import plv.board.api.RecordsRetention;
import plv.platform.api.Actor;

/**
 * Gogo commands: {@code board:meetings} lists the meetings with their ids and status;
 * {@code board:minutes <meetingId> <public|confidential> <file>} writes the minutes as PDF/A (the kept file of the
 * newest approved version, or a DRAFT). The shell acts as the system (secretary), so it may write the confidential
 * edition; the console is an administrator's. {@code board:exportRecords <year> <file>} writes a year's records as a zip
 * with its manifest; {@code board:verifyRecords <file>} checks such a zip entry by entry (CA 2006 s248, s355).
 */
@Component(service = BoardCommands.class, property = { "osgi.command.scope=board", "osgi.command.function=meetings",
        "osgi.command.function=minutes", "osgi.command.function=exportRecords", "osgi.command.function=verifyRecords" })
public class BoardCommands {
    private final Meetings meetings;
    private final RecordsRetention retention;

    @Activate
    public BoardCommands(@Reference Meetings meetings, @Reference RecordsRetention retention) {
        this.meetings = meetings;
        this.retention = retention;
    }

    public String exportRecords(int year, String file) throws IOException {
        Path target = Path.of(file).toAbsolutePath();
        RecordsExport export;
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
            export = retention.export(Actor.system(), year, out);
        }
        return "Wrote the records of " + year + " to " + target + ": " + export.entries() + " files, " + export.bytes()
                + " bytes before compression, " + Files.size(target) + " bytes zipped; manifest SHA-256 " + export.manifestSha256() + ".";
    }

    public String verifyRecords(String file) throws IOException {
        ExportVerification check;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(Path.of(file)))) {
            check = retention.verify(Actor.system(), in);
        }
        StringBuilder out = new StringBuilder();
        check.entries().forEach(e -> out.append(e.status()).append("  ").append(e.path()).append('\n'));
        out.append(check.intact() ? "Every file is as exported" : "The export has changed").append(": ")
                .append(check.count(ExportVerification.Status.OK)).append(" OK, ").append(check.count(ExportVerification.Status.CHANGED))
                .append(" changed, ").append(check.count(ExportVerification.Status.MISSING)).append(" missing, ")
                .append(check.count(ExportVerification.Status.EXTRA)).append(" extra")
                .append(check.manifestFound() ? "; manifest SHA-256 " + check.manifestSha256() : "; no manifest.csv").append('.')
                .append(check.manifestFound() ? check.exported() != null ? "\nThe audit trail records this manifest: " + check.exported() + "."
                        : "\nThe audit trail records no export with this manifest: it is not one the suite wrote, or it was changed." : "");
        return out.toString();
    }

    public String meetings() {
        return meetings.meetings(Actor.system()).stream()
                .map(m -> m.id() + "  " + m.startsAt() + "  " + m.title() + "  (" + m.status().label() + ")")
                .collect(Collectors.joining("\n"));
    }

    public String minutes(long meetingId, String edition, String file) throws IOException {
        MinutesEdition e = MinutesEdition.valueOf(edition.trim().toUpperCase(Locale.ROOT));
        byte[] pdf = meetings.minutesPdf(Actor.system(), meetingId, e);
        Path target = Path.of(file).toAbsolutePath();
        Files.write(target, pdf);
        return "Wrote the " + e.name().toLowerCase(Locale.ROOT) + " minutes of meeting " + meetingId + " to " + target
                + " (" + pdf.length + " bytes).";
    }
}
