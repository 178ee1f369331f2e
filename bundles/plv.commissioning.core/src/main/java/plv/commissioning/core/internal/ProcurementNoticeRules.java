package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import plv.commissioning.api.ContractNotices;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.NoticeKind;

/**
 * The Procurement Act 2023 notices a contract needs and when each is due (docs/rules/procurement-act-notices.md). "Within
 * 30 days beginning with the day" counts that day as the first: entered into on 3 March, the contract details notice is
 * due by 1 April.
 */
final class ProcurementNoticeRules {

    /** s52(1), s71(2): KPIs and yearly performance notices for a contract of more than £5 million. */
    static final long PERFORMANCE_THRESHOLD_PENCE = 5_000_000L * 100;
    /** "the period of 30 days beginning with the day" of the event (s53(1), s80(1)). */
    static final int NOTICE_DAYS = 30;
    /** Bounds the performance periods looked at on a very long contract. */
    private static final int MAX_PERIODS = 50;

    private ProcurementNoticeRules() {
    }

    /** What the rules need of a contract. */
    record Facts(LocalDate enteredInto, LocalDate start, LocalDate end, long valuePence, ContractStatus status) {
    }

    /** A notice as recorded: its kind, what it reports and when it was published (null when not yet). */
    record Recorded(NoticeKind kind, LocalDate eventDate, LocalDate publishedOn) {
    }

    /** A notice the rules expect: what it reports and its due date. */
    record Expected(NoticeKind kind, LocalDate eventDate, LocalDate dueDate) {
    }

    /** The last day a notice of {@code kind} reporting {@code event} may be published on. */
    static LocalDate due(NoticeKind kind, LocalDate event) {
        return switch (kind) {
            // s53(1) and s80(1): within the period of 30 days beginning with the day of the event
            case CONTRACT_DETAILS, CONTRACT_TERMINATION -> event.plusDays(NOTICE_DAYS - 1);
            // s75(1): before modifying the contract, so by the day before the modification takes effect
            case CONTRACT_CHANGE -> event.minusDays(1);
            // s71(2): at least once in every period of 12 months: by the last day of the period that starts on the event
            case CONTRACT_PERFORMANCE -> event.plusYears(1).minusDays(1);
        };
    }

    /** True when the Act's notices apply: the contract was entered into on or after the Act came into force. */
    static boolean underTheAct(Facts c) {
        return c.enteredInto() != null && !c.enteredInto().isBefore(ContractNotices.ACT_IN_FORCE) && c.status() != ContractStatus.CANCELLED;
    }

    /**
     * The notices the contract needs by {@code today} that are not recorded: the contract details notice once it is
     * entered into; for a contract of more than £5 million, a performance notice for every 12 months of performance begun
     * (from its start date) without one published in them; and the termination notice once it has ended (at its end date
     * or as terminated). A contract change notice is recorded when a modification is planned; the rules cannot foresee it.
     */
    static List<Expected> expected(Facts c, List<Recorded> recorded, LocalDate today) {
        if (!underTheAct(c)) {
            return List.of();
        }
        List<Expected> out = new ArrayList<>();
        if (recorded.stream().noneMatch(r -> r.kind() == NoticeKind.CONTRACT_DETAILS)) {
            out.add(expect(NoticeKind.CONTRACT_DETAILS, c.enteredInto()));
        }
        if (c.valuePence() > PERFORMANCE_THRESHOLD_PENCE) {
            LocalDate lastDay = c.end().isBefore(today) ? c.end() : today;
            for (int k = 0; k < MAX_PERIODS; k++) {
                LocalDate from = c.start().plusYears(k);
                if (from.isAfter(lastDay)) {
                    break;
                }
                LocalDate to = from.plusYears(1).minusDays(1);
                boolean covered = recorded.stream().filter(r -> r.kind() == NoticeKind.CONTRACT_PERFORMANCE)
                        .anyMatch(r -> within(r.eventDate(), from, to) || r.publishedOn() != null && within(r.publishedOn(), from, to));
                if (!covered) {
                    out.add(expect(NoticeKind.CONTRACT_PERFORMANCE, from));
                }
            }
        }
        boolean ended = c.status() == ContractStatus.TERMINATED || c.end().isBefore(today);
        if (ended && recorded.stream().noneMatch(r -> r.kind() == NoticeKind.CONTRACT_TERMINATION)) {
            out.add(expect(NoticeKind.CONTRACT_TERMINATION, c.end()));
        }
        out.sort(Comparator.comparing(Expected::dueDate));
        return out;
    }

    private static Expected expect(NoticeKind kind, LocalDate event) {
        return new Expected(kind, event, due(kind, event));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
