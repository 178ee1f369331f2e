package plv.board.core.internal;

import java.util.List;

import plv.board.api.Attendance;
import plv.board.api.Capacity;
import plv.board.api.Interest;
import plv.board.api.MeetingType;

/**
 * Whether a meeting was quorate for one item: the people who count (directors at a board meeting, member
 * representatives at a general meeting) present for the item, less those who declared an interest and left the room.
 */
final class Quorum {
    private Quorum() {
    }

    static Capacity counted(MeetingType type) {
        return type == MeetingType.BOARD ? Capacity.DIRECTOR : Capacity.MEMBER_REPRESENTATIVE;
    }

    static int presentFor(MeetingType type, int itemNumber, List<Attendance> attendance, List<Interest> interests) {
        return (int) attendance.stream()
                .filter(a -> a.capacity() == counted(type) && a.presentFor(itemNumber))
                .filter(a -> interests.stream().noneMatch(i -> i.leftRoom() && i.personName().equals(a.personName())))
                .count();
    }

    static boolean quorate(QuorumRule rule, int entitled, MeetingType type, int itemNumber, List<Attendance> attendance,
            List<Interest> interests) {
        return presentFor(type, itemNumber, attendance, interests) >= rule.required(entitled);
    }
}
