package plv.membership.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A London authority as a prospective or actual member, with its full history.
 *
 * @param gssCode          e.g. {@code E09000003}
 * @param name             e.g. "Barnet"
 * @param subRegion        its sub-region
 * @param address          registered address (public in the register of members)
 * @param contactEmail     contact for the PLV (not public)
 * @param status           the current status (the newest {@link StatusChange})
 * @param registeredOn     date entered on the register as a member, or null
 * @param ceasedOn         date ceased to be a member, or null
 * @param joiningDecision  the council decision that authorised joining, or null
 * @param history          every status change, oldest first
 * @param representatives  every corporate representative appointment, oldest first
 */
public record Member(String gssCode, String name, SubRegion subRegion, String address, String contactEmail,
        MembershipStatus status, LocalDate registeredOn, LocalDate ceasedOn, CouncilDecision joiningDecision,
        List<StatusChange> history, List<CorporateRepresentative> representatives) {

    public Member {
        history = history == null ? List.of() : List.copyOf(history);
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }

    /** The representative in office on {@code day}, if any. */
    public java.util.Optional<CorporateRepresentative> representativeOn(LocalDate day) {
        return representatives.stream().filter(r -> r.currentOn(day)).reduce((a, b) -> b);
    }

    /** What the law makes public: the same member without contact details. */
    public Member publicView() {
        return new Member(gssCode, name, subRegion, address, null, status, registeredOn, ceasedOn, joiningDecision,
                history, representatives);
    }
}
