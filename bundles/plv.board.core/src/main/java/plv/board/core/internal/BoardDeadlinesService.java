package plv.board.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.BoardDeadline;
import plv.board.api.BoardDeadlines;
import plv.board.api.CompanyFilings;
import plv.board.api.DirectorsRegister;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.spi.persistence.ReadCache;
import plv.platform.spi.persistence.Store;

/**
 * The board's deadlines: Companies House notifications (overdue ones stay until marked notified), meetings, open
 * actions, written resolutions' lapse dates and special resolutions' filing deadlines (overdue ones stay until the
 * filing is recorded).
 */
@Component(service = BoardDeadlines.class, configurationPid = "plv.board.meetings")
public final class BoardDeadlinesService implements BoardDeadlines {
    private final int clearDays;
    private final DirectorsRegister directors;
    private final Store store;
    private final WrittenResolutions resolutions;
    /** The dashboard asks on every visit; worked out again after any board write (see {@link ReadCache}). */
    private final ReadCache cache;

    private record Asked(Actor actor, LocalDate from, int days) {
    }

    private final CompanyFilings filings;

    @Activate
    public BoardDeadlinesService(@Reference DirectorsRegister directors, @Reference BoardUnit unit,
            @Reference WrittenResolutions resolutions, @Reference CompanyFilings filings, QuorumConfig config) {
        this.clearDays = config.dispatch_clearDays();
        this.filings = filings;
        this.directors = directors;
        this.store = unit.store;
        this.resolutions = resolutions;
        this.cache = new ReadCache(unit.store);
    }

    @Override
    public List<BoardDeadline> upcoming(Actor actor, LocalDate from, int days) {
        Check.signedIn(actor);
        return cache.get(new Asked(actor, from, days), () -> work(actor, from, days));
    }

    private List<BoardDeadline> work(Actor actor, LocalDate from, int days) {
        LocalDate until = from.plusDays(days);
        List<BoardDeadline> all = new ArrayList<>(directors.companiesHouseReminders(actor));
        all.addAll(filings.nextDeadlines(actor)); // CS01 and accounts: stay, overdue, until the filing is recorded
        // Only what a deadline needs: the meetings and their own open actions, not every meeting's whole record.
        store.read(em -> {
            Map<Long, List<ActionEntity>> open = em.createQuery("select a from ActionEntity a where a.doneOn is null"
                    + " order by a.itemNumber, a.id", ActionEntity.class).getResultList().stream()
                    .filter(a -> actor.mayReadCompanyExempt() || !a.exempt)
                    .collect(Collectors.groupingBy(a -> a.meetingId));
            for (MeetingEntity m : em.createQuery("select m from MeetingEntity m order by m.startsAt desc", MeetingEntity.class)
                    .getResultList()) {
                LocalDate day = m.startsAt.toLocalDate();
                if (!day.isBefore(from)) {
                    all.add(new BoardDeadline(day, BoardDeadline.Kind.MEETING, m.title + " at " + m.startsAt.toLocalTime(),
                            "/board/meetings/" + m.id));
                }
                if (m.papersSentOn == null && !day.isBefore(from)) { // stays, overdue, until sent or the meeting is past
                    all.add(new BoardDeadline(DispatchRule.papersDueBy(day, clearDays), BoardDeadline.Kind.PAPERS_DISPATCH,
                            "Send the agenda and papers for the " + m.title + " of " + day + " (" + clearDays + " clear days before it)",
                            "/board/meetings/" + m.id));
                }
                open.getOrDefault(m.id, List.of()).forEach(a -> all.add(new BoardDeadline(a.dueOn, BoardDeadline.Kind.ACTION_DUE,
                        "Action for " + a.owner + ": " + a.description, "/board/meetings/" + m.id)));
            }
            return null;
        });
        for (WrittenResolution r : resolutions.resolutions(actor)) {
            if (r.status() == WrittenResolution.Status.OPEN) {
                all.add(new BoardDeadline(r.lastDayToAgree(), BoardDeadline.Kind.WRITTEN_RESOLUTION_LAPSES,
                        "Last day to agree the written resolution (it lapses unless passed by then): " + shorten(r.text()), "/board/written-resolutions/" + r.id()));
            }
            if (r.awaitingFiling()) { // stays, overdue, until the filing is recorded
                all.add(new BoardDeadline(r.filingDueOn(), BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING,
                        "File the special resolution at Companies House: " + shorten(r.text()),
                        "/board/written-resolutions/" + r.id()));
            }
        }
        return all.stream().filter(d -> !d.due().isAfter(until))
                .filter(d -> BoardDeadlineSource.staysUntilDone(d.kind()) || !d.due().isBefore(from))
                .sorted(Comparator.comparing(BoardDeadline::due)).toList();
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
