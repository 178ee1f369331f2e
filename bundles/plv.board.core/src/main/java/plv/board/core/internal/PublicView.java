package plv.board.core.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import plv.board.api.AgendaItem;
import plv.board.api.Attendance;
import plv.board.api.Meeting;
import plv.board.api.MinutesVersion;

/**
 * What of a meeting may be published: each Part 2 item reduced to its number, its title approved for publication and
 * its Schedule 12A paragraph; no exempt paper (of a Part 1 item either), no Part 2 minute, paper, presenter, decision sought, interest, vote or action; nobody who attended only for Part 2
 * business; no fingerprint of the confidential minutes.
 */
final class PublicView {
    private PublicView() {
    }

    static Meeting of(Meeting m) {
        Set<Integer> open = m.items().stream().filter(i -> !i.exempt()).map(AgendaItem::number).collect(Collectors.toSet());
        Set<Integer> exempt = m.items().stream().filter(AgendaItem::exempt).map(AgendaItem::number).collect(Collectors.toSet());
        List<AgendaItem> items = m.items().stream().map(PublicView::item).toList();
        List<Attendance> attendance = m.attendance().stream()
                .filter(a -> !onlyForPart2(a, open, exempt)).toList();
        List<MinutesVersion> minutes = m.minutes().stream()
                .map(v -> new MinutesVersion(v.number(), v.approved(), v.createdAt(), v.reason(), null, v.publicSha256()))
                .toList();
        return new Meeting(m.id(), m.type(), m.title(), m.startsAt(), m.place(), m.onlineLink(), m.status(), items,
                attendance, m.actionLog().stream().filter(a -> !a.exempt()).toList(), minutes, m.version(), m.quorum(),
                m.papersDueBy(), m.papersSentOn());
    }

    static AgendaItem item(AgendaItem i) {
        if (!i.exempt()) { // a Part 1 item may carry an exempt paper of its own
            return new AgendaItem(i.id(), i.number(), i.title(), i.publicTitle(), false, null, null, i.minute(),
                    i.approvesMinutesOfMeeting(), i.papers().stream().filter(p -> !p.exempt()).toList(), i.interests(),
                    i.decision(), i.quorate(), i.approvesCorrection(), i.presenter(), i.decisionSought());
        }
        return new AgendaItem(i.id(), i.number(), i.publicTitle(), i.publicTitle(), true, i.exemptParagraph(), null, null,
                null, List.of(), List.of(), null, i.quorate());
    }

    /** Present for some item, and every such item is Part 2. */
    private static boolean onlyForPart2(Attendance a, Set<Integer> open, Set<Integer> exempt) {
        boolean anyExempt = exempt.stream().anyMatch(a::presentFor);
        boolean anyOpen = open.stream().anyMatch(a::presentFor);
        return anyExempt && !anyOpen;
    }
}
