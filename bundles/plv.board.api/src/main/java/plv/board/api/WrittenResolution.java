package plv.board.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A written resolution of members (Companies Act 2006 s288–300).
 *
 * <p>The eligible members are those entitled to vote on the circulation date (s289), taken from the register of
 * members. The company is limited by guarantee, so each member has one vote (s284(1)). The resolution passes when
 * the members agreeing hold more than half (ordinary, s282(2)) or at least 75% (special, s283(2)) of the total voting
 * rights of the eligible members (s296(4)); it lapses if not passed by the end of the period of 28 days beginning with
 * the circulation date, unless the articles set another period (s297), so {@code lastDayToAgree} is the circulation
 * date plus 27 days.
 *
 * @param id              id
 * @param kind            ordinary or special
 * @param text            the resolution
 * @param circulatedOn    the circulation date
 * @param periodDays      the period for agreeing, in days beginning with the circulation date (28 unless the articles set another)
 * @param lastDayToAgree  the last day an agreement counts: circulation date + periodDays − 1 (s297)
 * @param eligibleMembers GSS codes of the members on the register on the circulation date (s289), one vote each
 * @param agreements      agreements received, in order
 * @param status          open, passed or lapsed (on the day asked)
 * @param passedOn        the date the threshold was reached, or null
 * @param filingDueOn     for a passed special resolution, the last day to file it at Companies House (15 days, s30)
 * @param filedOn         the day a copy of the special resolution was filed at Companies House, or null while not filed
 * @param version         optimistic-lock version
 */
public record WrittenResolution(long id, ResolutionKind kind, String text, LocalDate circulatedOn, int periodDays,
        LocalDate lastDayToAgree, List<String> eligibleMembers, List<Agreement> agreements, Status status,
        LocalDate passedOn, LocalDate filingDueOn, LocalDate filedOn, long version) {

    /** The period for agreeing when the articles set none: 28 days beginning with the circulation date (s297(1)(b)). */
    public static final int DEFAULT_PERIOD_DAYS = 28;

    public WrittenResolution {
        eligibleMembers = List.copyOf(eligibleMembers);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** The last day an agreement counts when the period is {@code periodDays} beginning with {@code circulatedOn}. */
    public static LocalDate lastDayToAgree(LocalDate circulatedOn, int periodDays) {
        return circulatedOn.plusDays(periodDays - 1L);
    }

    /** Total voting rights of the eligible members (one vote each). */
    public int totalVotingRights() {
        return eligibleMembers.size();
    }

    /** Votes needed to pass: more than half (ordinary) or at least 75% (special) of the total voting rights. */
    public int votesRequired() {
        return kind.votesRequired(totalVotingRights());
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
     * @param representative who signified it (by default the member's corporate representative on the register that day), or null
     */
    public record Agreement(String memberGss, LocalDate agreedOn, String representative) {
    }
}
