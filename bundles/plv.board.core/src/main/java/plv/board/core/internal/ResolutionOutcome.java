package plv.board.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolution.Agreement;

/**
 * When a written resolution passes: an ordinary one once members with more than half of the total voting rights of
 * the eligible members agreed, a special one once at least 75% did (s282(2), s283(2), s296(4)); one vote per member
 * (s284(1)); it lapses when the period for agreeing ends first (s297): agreements after the last day do not count.
 */
final class ResolutionOutcome {
    static final int FILING_DAYS = 15;

    private ResolutionOutcome() {
    }

    static boolean thresholdMet(ResolutionKind kind, int agreed, int eligible) {
        return kind.passes(agreed, eligible);
    }

    /** The date of the agreement that reached the threshold, or null. */
    static LocalDate passedOn(ResolutionKind kind, int eligible, List<Agreement> agreements, LocalDate lastDayToAgree) {
        List<Agreement> inOrder = agreements.stream().filter(a -> !a.agreedOn().isAfter(lastDayToAgree))
                .sorted(Comparator.comparing(Agreement::agreedOn)).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            if (thresholdMet(kind, i + 1, eligible)) {
                return inOrder.get(i).agreedOn();
            }
        }
        return null;
    }

    static WrittenResolution.Status status(LocalDate passedOn, LocalDate lastDayToAgree, LocalDate today) {
        if (passedOn != null) {
            return WrittenResolution.Status.PASSED;
        }
        return today.isAfter(lastDayToAgree) ? WrittenResolution.Status.LAPSED : WrittenResolution.Status.OPEN;
    }

    static LocalDate filingDue(ResolutionKind kind, LocalDate passedOn) {
        return kind == ResolutionKind.SPECIAL && passedOn != null ? passedOn.plusDays(FILING_DAYS) : null;
    }
}
