package plv.board.api;

import java.time.LocalDate;

/**
 * A date the board's business must meet.
 *
 * @param due   the date
 * @param kind  what kind of deadline
 * @param title what must be done, naming the person or resolution
 * @param path  the web page where it is done
 */
public record BoardDeadline(LocalDate due, Kind kind, String title, String path) {

    /** Kinds of board deadline. */
    public enum Kind {
        /** Tell Companies House of an appointment or cessation (14 days, s167). */
        COMPANIES_HOUSE_NOTIFICATION,
        /** File a passed special resolution (15 days, s30). */
        SPECIAL_RESOLUTION_FILING,
        /** A written resolution lapses if not passed by then. */
        WRITTEN_RESOLUTION_LAPSES,
        /** A board or general meeting. */
        MEETING,
        /** An action from a meeting falls due. */
        ACTION_DUE,
        /** Deliver the confirmation statement (CS01): 14 days after the end of the review period (s853A). */
        CONFIRMATION_STATEMENT,
        /** Deliver the annual accounts: 9 months after the end of the accounting reference period (s442). */
        ACCOUNTS_FILING,
        /** Send the agenda and papers of a meeting: {@code dispatch.clearDays} clear days before it (default 5). */
        PAPERS_DISPATCH
    }
}
