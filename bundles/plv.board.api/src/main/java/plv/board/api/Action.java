package plv.board.api;

import java.time.LocalDate;

/**
 * An action from a meeting; open actions are carried forward to the next meeting's action log until done.
 *
 * @param id          action id
 * @param meetingId   the meeting that set it
 * @param itemNumber  the item it arose from
 * @param description what is to be done
 * @param owner       who does it
 * @param dueOn       by when
 * @param doneOn      when done, or null while open
 * @param exempt      true when it arose from Part 2 business (not shown publicly)
 */
public record Action(long id, long meetingId, int itemNumber, String description, String owner, LocalDate dueOn,
        LocalDate doneOn, boolean exempt) {
}
