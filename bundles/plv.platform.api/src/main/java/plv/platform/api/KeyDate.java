package plv.platform.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date in a programme's life (a review, a contract's end, a bid's submission). The shell shows it on the programme's
 * overview page and on the deadlines page.
 *
 * @param date  the day
 * @param kind  a label, e.g. "Contract review"
 * @param title what happens, e.g. "Review of the residential beds contract, 24 months after the start"
 */
public record KeyDate(LocalDate date, String kind, String title) {

    public KeyDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
