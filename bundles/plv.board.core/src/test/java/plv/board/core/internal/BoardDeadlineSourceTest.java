package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.board.api.BoardDeadline;
import plv.board.api.BoardDeadlines;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.deadline.Deadline;

/** The board's deadlines as the whiteboard sees them: labels, stable distinct UIDs, what stays overdue, who sees them. */
class BoardDeadlineSourceTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    final BoardDeadline notify = new BoardDeadline(DAY, BoardDeadline.Kind.COMPANIES_HOUSE_NOTIFICATION,
            "Notify Companies House of the appointment of Ada Lovelace (AP01)", "/board/directors/7");
    final BoardDeadline action1 = new BoardDeadline(DAY, BoardDeadline.Kind.ACTION_DUE, "Action for Ada: report occupancy", "/board/meetings/3");
    final BoardDeadline action2 = new BoardDeadline(DAY, BoardDeadline.Kind.ACTION_DUE, "Action for Ada: sign the contract", "/board/meetings/3");
    final BoardDeadline meeting = new BoardDeadline(DAY, BoardDeadline.Kind.MEETING, "Board meeting at 14:00", "/board/meetings/4");
    final BoardDeadline filing = new BoardDeadline(DAY, BoardDeadline.Kind.SPECIAL_RESOLUTION_FILING,
            "File the special resolution at Companies House: That the articles be amended", "/board/written-resolutions/2");
    final BoardDeadlines board = (actor, from, days) -> List.of(notify, action1, action2, meeting, filing);
    final BoardDeadlineSource source = new BoardDeadlineSource(board);

    @Test
    void companiesHouseNotificationsAndActionsStayUntilDoneWithStableDistinctUids() {
        List<Deadline> all = source.deadlines(new Actor("sec", null, Role.SECRETARY, null), DAY, DAY.plusDays(90));
        assertThat(all).extracting(Deadline::kind).containsExactly("Companies House notification", "Action due", "Action due", "Meeting",
                "Special resolution filing");
        assertThat(all).extracting(Deadline::canBeOverdue).containsExactly(true, true, true, false, true);
        assertThat(all).extracting(Deadline::uid).doesNotHaveDuplicates().allMatch(u -> u.endsWith("@board.plv.london"));
        assertThat(all.get(0).uid()).isEqualTo(BoardDeadlineSource.uid(notify)).startsWith("companies-house-notification-board-directors-7-2026-12-07-");
        assertThat(all.get(0)).satisfies(d -> {
            assertThat(d.area()).isEqualTo("Board");
            assertThat(d.path()).isEqualTo("/board/directors/7");
            assertThat(d.councilGss()).isNull();
        });
    }

    @Test
    void onlyTheSecretaryAndDirectorsSeeTheBoardsDeadlines() {
        assertThat(source.deadlines(new Actor("dir", null, Role.DIRECTOR, null), DAY, DAY)).hasSize(5);
        assertThat(source.deadlines(new Actor("mo", null, Role.MONITORING_OFFICER, "E09000003"), DAY, DAY)).isEmpty();
        assertThat(source.deadlines(new Actor("v", null, Role.VIEWER, null), DAY, DAY)).isEmpty();
    }
}
