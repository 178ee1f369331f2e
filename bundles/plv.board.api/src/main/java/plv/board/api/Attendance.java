package plv.board.api;

/**
 * One person's attendance at a meeting.
 *
 * @param id            row id
 * @param personName    name as minuted
 * @param directorId    the director's register id, or null
 * @param capacity      in what capacity
 * @param status        present / apologies / absent / in attendance
 * @param arrivedAtItem the item number from which the person was present, or null for the whole meeting
 * @param leftAfterItem the last item number for which the person was present, or null for the whole meeting
 * @param memberGss     for a member's corporate representative (s323), the member's GSS code; else null
 */
public record Attendance(long id, String personName, Long directorId, Capacity capacity, AttendanceStatus status,
        Integer arrivedAtItem, Integer leftAfterItem, String memberGss) {

    /** Attendance of someone who does not represent a member. */
    public Attendance(long id, String personName, Long directorId, Capacity capacity, AttendanceStatus status,
            Integer arrivedAtItem, Integer leftAfterItem) {
        this(id, personName, directorId, capacity, status, arrivedAtItem, leftAfterItem, null);
    }

    /** True when the person was in the room for item {@code number}. */
    public boolean presentFor(int number) {
        return (status == AttendanceStatus.PRESENT || status == AttendanceStatus.IN_ATTENDANCE)
                && (arrivedAtItem == null || arrivedAtItem <= number) && (leftAfterItem == null || leftAfterItem >= number);
    }
}
