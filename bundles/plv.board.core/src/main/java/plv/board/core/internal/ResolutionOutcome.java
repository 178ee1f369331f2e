package plv.board.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolution.Agreement;

/**
 * When a written resolution passes: an ordinary one once more than half of the eligible members agreed, a special
 * one once at least 75% did (s282, s283, s296); it lapses when the period ends first (s297).
 */
final class ResolutionOutcome {
    static final int FILING_DAYS = 15;

    private ResolutionOutcome() {
    }

    static boolean thresholdMet(ResolutionKind kind, int agreed, int eligible) {
        return kind == ResolutionKind.ORDINARY ? agreed * 2 > eligible : agreed * 4 >= eligible * 3;
    }

    /** The date of the agreement that reached the threshold, or null. */
    static LocalDate passedOn(ResolutionKind kind, int eligible, List<Agreement> agreements, LocalDate lapsesOn) {
        List<Agreement> inOrder = agreements.stream().filter(a -> !a.agreedOn().isAfter(lapsesOn))
                .sorted(Comparator.comparing(Agreement::agreedOn)).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            if (thresholdMet(kind, i + 1, eligible)) {
                return inOrder.get(i).agreedOn();
            }
        }
        return null;
    }

    static WrittenResolution.Status status(LocalDate passedOn, LocalDate lapsesOn, LocalDate today) {
        if (passedOn != null) {
            return WrittenResolution.Status.PASSED;
        }
        return today.isAfter(lapsesOn) ? WrittenResolution.Status.LAPSED : WrittenResolution.Status.OPEN;
    }

    static LocalDate filingDue(ResolutionKind kind, LocalDate passedOn) {
        return kind == ResolutionKind.SPECIAL && passedOn != null ? passedOn.plusDays(FILING_DAYS) : null;
    }
}
