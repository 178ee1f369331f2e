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
import plv.board.api.MinutesEdition;
import plv.platform.api.Actor;

/**
 * Gogo commands: {@code board:meetings} lists the meetings with their ids and status;
 * {@code board:minutes <meetingId> <public|confidential> <file>} writes the minutes as PDF/A (the kept file of the
 * newest approved version, or a DRAFT). The shell acts as the system (secretary), so it may write the confidential
 * edition; the console is an administrator's.
 */
@Component(service = BoardCommands.class, property = { "osgi.command.scope=board", "osgi.command.function=meetings",
        "osgi.command.function=minutes" })
public class BoardCommands {
    private final Meetings meetings;

    @Activate
    public BoardCommands(@Reference Meetings meetings) {
        this.meetings = meetings;
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
