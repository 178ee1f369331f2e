package plv.platform.api.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated obligation, as a {@link DeadlineSource} reports it.
 *
 * @param date         the day it falls due
 * @param area         the area or programme it belongs to as people name it, e.g. {@code Membership}, {@code Board};
 *                     the deadlines page filters by it
 * @param kind         what kind of deadline, as a label, e.g. {@code Companies House notification}
 * @param title        what must be done, naming the member, person or record, e.g. "Notify Companies House of the
 *                     appointment of Ada Lovelace (AP01)"
 * @param path         the page where it is dealt with, starting with {@code /}
 * @param uid          a stable identifier, the same every time for the same deadline (the iCalendar UID), e.g.
 *                     {@code companies-house-appointment-17@board.plv.london}
 * @param councilGss   the GSS code of the council it concerns, or null when it concerns the company as a whole
 * @param canBeOverdue true for an obligation that stays until it is done and is shown as overdue once its date has
 *                     passed (a Companies House notification); false for a date that simply passes (a meeting)
 */
public record Deadline(LocalDate date, String area, String kind, String title, String path, String uid, String councilGss,
        boolean canBeOverdue) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(uid, "uid");
    }

    /** True when it can be overdue, is not done and its date is before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return canBeOverdue && date.isBefore(today);
    }
}
