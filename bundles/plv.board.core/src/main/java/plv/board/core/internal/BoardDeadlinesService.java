package plv.board.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.BoardDeadline;
import plv.board.api.BoardDeadlines;
import plv.board.api.DirectorsRegister;
import plv.board.api.Meeting;
import plv.board.api.Meetings;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;

/**
 * The board's deadlines: Companies House notifications (overdue ones stay until marked notified), meetings, open
 * actions, written resolutions' lapse dates and special resolutions' filing deadlines (overdue ones stay until the
 * filing is recorded).
 */
@Component(service = BoardDeadlines.class)
public final class BoardDeadlinesService implements BoardDeadlines {
    private final DirectorsRegister directors;
    private final Meetings meetings;
    private final WrittenResolutions resolutions;

    @Activate
    public BoardDeadlinesService(@Reference DirectorsRegister directors, @Reference Meetings meetings,
            @Reference WrittenResolutions resolutions) {
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
    }

    @Override
    public List<BoardDeadline> upcoming(Actor actor, LocalDate from, int days) {
        LocalDate until = from.plusDays(days);
        List<BoardDeadline> all = new ArrayList<>(directors.companiesHouseReminders(actor));
        for (Meeting m : meetings.meetings(actor)) {
            LocalDate day = m.startsAt().toLocalDate();
            if (!day.isBefore(from)) {
                all.add(new BoardDeadline(day, BoardDeadline.Kind.MEETING, m.title() + " at " + m.startsAt().toLocalTime(),
                        "/board/meetings/" + m.id()));
            }
            m.actionLog().stream().filter(a -> a.meetingId() == m.id() && a.doneOn() == null)
                    .forEach(a -> all.add(new BoardDeadline(a.dueOn(), BoardDeadline.Kind.ACTION_DUE,
                            "Action for " + a.owner() + ": " + a.description(), "/board/meetings/" + m.id())));
        }
        for (WrittenResolution r : resolutions.resolutions(actor)) {
            if (r.status() == WrittenResolution.Status.OPEN) {
                all.add(new BoardDeadline(r.lapsesOn(), BoardDeadline.Kind.WRITTEN_RESOLUTION_LAPSES,
                        "Written resolution lapses unless passed: " + shorten(r.text()), "/board/written-resolutions/" + r.id()));
            }
            if (r.awaitingFiling()) { // stays, overdue, until the filing is recorded
                all.add(new BoardDeadline(r.filingDueOn(), BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING,
                        "File the special resolution at Companies House: " + shorten(r.text()),
                        "/board/written-resolutions/" + r.id()));
            }
        }
        return all.stream().filter(d -> !d.due().isAfter(until))
                .filter(d -> d.kind() == BoardDeadline.Kind.COMPANIES_HOUSE_NOTIFICATION
                        || d.kind() == BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING
                        || d.kind() == BoardDeadline.Kind.ACTION_DUE || !d.due().isBefore(from))
                .sorted(Comparator.comparing(BoardDeadline::due)).toList();
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
