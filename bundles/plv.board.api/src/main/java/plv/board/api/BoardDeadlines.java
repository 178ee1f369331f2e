package plv.board.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** The board's deadlines feed: Companies House notifications, resolution filing and lapse dates, meetings, actions. */
@ProviderType
public interface BoardDeadlines {

    /** Deadlines up to {@code from + days} (overdue ones included), by date. */
    List<BoardDeadline> upcoming(Actor actor, LocalDate from, int days);
}
