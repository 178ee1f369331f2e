package plv.board.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import plv.board.api.Attendance;
import plv.board.api.Capacity;
import plv.board.api.Interest;
import plv.board.api.MeetingType;

/**
 * Whether a meeting was quorate for one item. Only qualifying persons count, each once: at a board meeting the
 * directors in office on the day (by their entry in the register of directors); at a general meeting the members on
 * the register of members that day, present through their corporate representative (s318(3)(b), s323). Two
 * representatives of the same member count once (s318(2)(a)). Anyone who declared an interest and left the room does
 * not count for that item.
 */
final class Quorum {
    private Quorum() {
    }

    static Capacity counted(MeetingType type) {
        return type == MeetingType.BOARD ? Capacity.DIRECTOR : Capacity.MEMBER_REPRESENTATIVE;
    }

    /**
     * The qualifying persons present for item {@code itemNumber}.
     *
     * @param qualifying at a board meeting the ids of the directors in office that day (as strings); at a general
     *                   meeting the GSS codes of the members on the register that day
     */
    static int presentFor(MeetingType type, int itemNumber, List<Attendance> attendance, List<Interest> interests,
            Set<String> qualifying) {
        return (int) attendance.stream()
                .filter(a -> a.capacity() == counted(type) && a.presentFor(itemNumber))
                .filter(a -> interests.stream().noneMatch(i -> i.leftRoom() && i.personName().equals(a.personName())))
                .map(a -> key(type, a)).filter(Objects::nonNull).filter(qualifying::contains)
                .distinct().count();
    }

    private static String key(MeetingType type, Attendance a) {
        return type == MeetingType.BOARD ? (a.directorId() == null ? null : String.valueOf(a.directorId())) : a.memberGss();
    }

    static boolean quorate(QuorumRule rule, MeetingType type, int itemNumber, List<Attendance> attendance,
            List<Interest> interests, Set<String> qualifying) {
        return presentFor(type, itemNumber, attendance, interests, qualifying) >= rule.required(qualifying.size());
    }
}
