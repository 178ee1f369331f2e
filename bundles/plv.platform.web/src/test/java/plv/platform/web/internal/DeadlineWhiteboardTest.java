package plv.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;

/** Merging the sources: the window, overdue first, repeats dropped, failing and departed sources. */
class DeadlineWhiteboardTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Actor SECRETARY = new Actor("sec", "Secretary", Role.SECRETARY, null);

    static Deadline deadline(String area, LocalDate date, String title, boolean canBeOverdue) {
        return new Deadline(date, area, "Kind", title, "/" + area.toLowerCase(), area + "-" + title + "-" + date + "@test", null,
                canBeOverdue);
    }

    final Deadline boardOverdue = deadline("Board", TODAY.minusDays(10), "Notify Companies House", true);
    final Deadline meetingPassed = deadline("Board", TODAY.minusDays(3), "Board meeting", false);
    final Deadline breakNotice = deadline("Membership", TODAY.plusDays(5), "Last day for break notice", false);
    final Deadline filing = deadline("Board", TODAY.plusDays(5), "File special resolution", true);
    final Deadline riskReview = deadline("Secure Children's Home", TODAY.plusDays(20), "Review SCH-R01", true);
    final Deadline farAway = deadline("Membership", TODAY.plusDays(91), "Term ends", false);

    @Test
    void overdueObligationsComeFirstThenByDateAreaAndTitleWithinTheWindow() {
        List<Deadline> merged = DeadlineWhiteboard.merge(List.of(List.of(riskReview, meetingPassed, farAway, filing),
                List.of(breakNotice, boardOverdue)), TODAY, TODAY, TODAY.plusDays(90));
        assertThat(merged).containsExactly(boardOverdue, filing, breakNotice, riskReview);
    }

    @Test
    void theSameUidFromTwoAnswersIsShownOnce() {
        assertThat(DeadlineWhiteboard.merge(List.of(List.of(breakNotice), List.of(breakNotice)), TODAY, TODAY, TODAY.plusDays(90)))
                .containsExactly(breakNotice);
    }

    @Test
    void aWindowThatStartsEarlierKeepsDatesThatPassed() {
        assertThat(DeadlineWhiteboard.merge(List.of(List.of(meetingPassed, boardOverdue)), TODAY, TODAY.minusYears(1), TODAY))
                .containsExactly(boardOverdue, meetingPassed);
    }

    @Test
    void urgencyIsOverdueOnlyForObligationsAndFollowsTheDaysLeft() {
        assertThat(DeadlineWhiteboard.urgency(boardOverdue, TODAY)).isEqualTo(Urgency.OVERDUE);
        assertThat(DeadlineWhiteboard.urgency(meetingPassed, TODAY)).isEqualTo(Urgency.INFO);
        assertThat(DeadlineWhiteboard.urgency(breakNotice, TODAY)).isEqualTo(Urgency.URGENT);
        assertThat(DeadlineWhiteboard.urgency(riskReview, TODAY)).isEqualTo(Urgency.SOON);
        assertThat(DeadlineWhiteboard.urgency(farAway, TODAY)).isEqualTo(Urgency.LATER);
    }

    @Test
    void aFailingSourceIsReportedByReferenceAndTheOthersStillShow() {
        DeadlineWhiteboard whiteboard = new DeadlineWhiteboard();
        DeadlineSource broken = (actor, from, until) -> {
            throw new IllegalStateException("database gone");
        };
        DeadlineSource membership = (actor, from, until) -> List.of(breakNotice);
        whiteboard.addSource(broken);
        whiteboard.addSource(membership);
        DeadlineWhiteboard.Gathered gathered = whiteboard.gather(SECRETARY, TODAY, TODAY, TODAY.plusDays(90));
        assertThat(gathered.deadlines()).containsExactly(breakNotice);
        assertThat(gathered.failed()).singleElement().asString().matches("PLV-[0-9A-F]{8}");

        whiteboard.removeSource(membership);
        whiteboard.removeSource(broken);
        assertThat(whiteboard.gather(SECRETARY, TODAY, TODAY, TODAY.plusDays(90))).isEqualTo(
                new DeadlineWhiteboard.Gathered(List.of(), List.of()));
    }

    @Test
    void thePanelShowsTheFirstFifteenAndLinksToTheRest() {
        List<Deadline> many = new java.util.ArrayList<>();
        for (int i = 0; i < 18; i++) {
            many.add(deadline("Membership", TODAY.plusDays(i), "Item " + i, false));
        }
        List<PanelItem> items = DeadlinesPanel.items(new DeadlineWhiteboard.Gathered(many, List.of("PLV-0000ABCD")), TODAY);
        assertThat(items).hasSize(17);
        assertThat(items.get(0)).isEqualTo(new PanelItem("Membership: Item 0", "/membership", TODAY, Urgency.URGENT));
        assertThat(items.get(15)).isEqualTo(new PanelItem("3 more on the deadlines page", "/deadlines", null, Urgency.INFO));
        assertThat(items.get(16).text()).contains("PLV-0000ABCD", "the others are shown");
    }
}
