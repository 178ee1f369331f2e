package plv.board.core.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.BoardDeadline;
import plv.board.api.BoardDeadlines;
import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;

/**
 * The board's deadlines on the suite's deadlines page, dashboard and calendar feed, for the secretary and directors:
 * Companies House notifications of appointments and cessations (14 days), the filing of passed special resolutions
 * (15 days) and meeting actions stay, overdue, until done; written resolution lapse dates and meetings simply pass.
 */
@Component(service = DeadlineSource.class)
public class BoardDeadlineSource implements DeadlineSource {

    static final String AREA = "Board";
    private static final Map<BoardDeadline.Kind, String> LABELS = Map.of(
            BoardDeadline.Kind.COMPANIES_HOUSE_NOTIFICATION, "Companies House notification",
            BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING, "Special resolution filing",
            BoardDeadline.Kind.WRITTEN_RESOLUTION_LAPSES, "Written resolution lapses",
            BoardDeadline.Kind.MEETING, "Meeting",
            BoardDeadline.Kind.ACTION_DUE, "Action due",
            BoardDeadline.Kind.CONFIRMATION_STATEMENT, "Confirmation statement (CS01)",
            BoardDeadline.Kind.ACCOUNTS_FILING, "Accounts filing",
            BoardDeadline.Kind.PAPERS_DISPATCH, "Send meeting papers");

    private final BoardDeadlines deadlines;

    @Activate
    public BoardDeadlineSource(@Reference BoardDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        if (!actor.in(RoleGroup.COMPANY_OFFICERS)) {
            return List.of();
        }
        return deadlines.upcoming(actor, from, (int) ChronoUnit.DAYS.between(from, until)).stream()
                .map(BoardDeadlineSource::deadline).toList();
    }

    static Deadline deadline(BoardDeadline d) {
        return new Deadline(d.due(), AREA, LABELS.get(d.kind()), d.title(), d.path(), uid(d), null, staysUntilDone(d.kind()));
    }

    /** Deadlines that stay, overdue, until what they ask is recorded as done; the others simply pass. */
    static boolean staysUntilDone(BoardDeadline.Kind kind) {
        return switch (kind) {
            case COMPANIES_HOUSE_NOTIFICATION, ACTION_DUE, SPECIAL_RESOLUTION_FILING, CONFIRMATION_STATEMENT, ACCOUNTS_FILING,
                    PAPERS_DISPATCH -> true;
            case WRITTEN_RESOLUTION_LAPSES, MEETING -> false;
        };
    }

    /** Stable: the same kind, page, date and text always give the same UID (two actions of one meeting differ by text). */
    static String uid(BoardDeadline d) {
        return d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + d.path().replace('/', '-') + "-" + d.due()
                + "-" + Integer.toHexString(d.title().hashCode()) + "@board.plv.london";
    }
}
