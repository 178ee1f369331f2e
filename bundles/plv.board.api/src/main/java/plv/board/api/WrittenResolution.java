package plv.board.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A written resolution of members (Companies Act 2006 s288–300).
 *
 * @param id              id
 * @param kind            ordinary or special
 * @param text            the resolution
 * @param circulatedOn    the circulation date
 * @param lapsesOn        the last day it can pass (28 days after circulation unless the articles say otherwise)
 * @param eligibleMembers GSS codes of the members eligible to vote on the circulation date
 * @param agreements      agreements received, in order
 * @param status          open, passed or lapsed (on the day asked)
 * @param passedOn        the date the threshold was reached, or null
 * @param filingDueOn     for a passed special resolution, the last day to file it at Companies House (15 days)
 * @param filedOn         the day a copy of the special resolution was filed at Companies House, or null while not filed
 * @param version         optimistic-lock version
 */
public record WrittenResolution(long id, ResolutionKind kind, String text, LocalDate circulatedOn, LocalDate lapsesOn,
        List<String> eligibleMembers, List<Agreement> agreements, Status status, LocalDate passedOn,
        LocalDate filingDueOn, LocalDate filedOn, long version) {

    public WrittenResolution {
        eligibleMembers = List.copyOf(eligibleMembers);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** Whether a passed special resolution still waits to be filed at Companies House (s30). */
    public boolean awaitingFiling() {
        return filingDueOn != null && filedOn == null;
    }

    /** Where a resolution stands. */
    public enum Status {
        OPEN, PASSED, LAPSED
    }

    /**
     * A member's agreement, signified by its corporate representative.
     *
     * @param memberGss      the member
     * @param agreedOn       date received
     * @param representative who signified it, or null
     */
    public record Agreement(String memberGss, LocalDate agreedOn, String representative) {
    }
}
