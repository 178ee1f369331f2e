package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import plv.commissioning.api.ExtensionOption;
import plv.commissioning.api.ExtensionOption.State;

/**
 * Extension options of a contract ("3 years plus up to 2 × 12 months"): each option follows the last day of the
 * period before it, and must be decided {@code noticeMonths} before that day. An option not exercised by its
 * decision-by date lapses, and every later option with it (an extension cannot follow a gap).
 */
final class ExtensionRules {

    private ExtensionRules() {
    }

    static List<ExtensionOption> options(LocalDate endDate, int count, int months, int noticeMonths, int exercised, LocalDate today) {
        List<ExtensionOption> out = new ArrayList<>();
        boolean lapsed = false;
        for (int n = 1; n <= count; n++) {
            LocalDate previousEnd = endDate.plusMonths((long) (n - 1) * months);
            LocalDate decisionBy = previousEnd.minusMonths(noticeMonths);
            State state;
            if (n <= exercised) {
                state = State.EXERCISED;
            } else if (lapsed || today.isAfter(decisionBy)) {
                state = State.LAPSED;
                lapsed = true;
            } else {
                state = State.OPEN;
            }
            out.add(new ExtensionOption(n, previousEnd.plusDays(1), endDate.plusMonths((long) n * months), decisionBy, state));
        }
        return out;
    }

    /** The end date with {@code options} options taken up. */
    static LocalDate endWith(LocalDate endDate, int options, int months) {
        return endDate.plusMonths((long) options * months);
    }
}
