package plv.programme.sch.internal;

import java.util.ArrayList;
import java.util.List;

import plv.programme.sch.internal.Kinds.Urgency;

/**
 * Who may be offered a place, from seed 000 (the member councils' agreement to join: "members ... would have priority
 * access", "an option to sell unused places to other local authorities", "a small number of places would be kept free
 * for use as emergency provision"). See docs/rules/sch-allocation.md.
 * <ol>
 * <li>A member council's referral is offered a free place beyond the emergency reserve.</li>
 * <li>A non-member's referral is offered a place only when no member council's referral is waiting and a free place
 * remains beyond the reserve: the reserve stays intact.</li>
 * <li>The reserve is used only for a member's emergency, and only when someone is named as having authorised it.</li>
 * <li>Otherwise the referral waits.</li>
 * </ol>
 * Pure: the caller counts the free places and the waiting member referrals.
 */
public final class AllocationRule {

    /** What the rule allows. */
    public enum Outcome {
        OFFER, OFFER_FROM_RESERVE, WAIT
    }

    /**
     * The facts the rule looks at.
     *
     * @param member                 the referring council is a member of the company on the day
     * @param urgency                how soon the place is needed
     * @param freePlaces             secure places open and not occupied on the day
     * @param reserve                emergency places to keep free (the setting)
     * @param memberReferralsWaiting member councils' referrals waiting for a decision (others than this one)
     * @param reserveAuthorisedBy    who authorised use of the reserve (blank when nobody has)
     */
    public record Situation(boolean member, Urgency urgency, int freePlaces, int reserve, int memberReferralsWaiting,
            String reserveAuthorisedBy) {
    }

    /** The outcome with the rule's reasoning, one sentence per step, for the referral's page. */
    public record Verdict(Outcome outcome, List<String> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean offers() {
            return outcome != Outcome.WAIT;
        }
    }

    private AllocationRule() {
    }

    public static Verdict decide(Situation s) {
        List<String> why = new ArrayList<>();
        int beyond = Math.max(0, s.freePlaces() - s.reserve());
        int reserveFree = Math.min(s.freePlaces(), s.reserve());
        why.add(s.freePlaces() + " secure place" + (s.freePlaces() == 1 ? " is" : "s are") + " free; " + s.reserve()
                + " kept as emergency reserve, so " + beyond + " can be offered without touching the reserve.");
        boolean authorised = s.reserveAuthorisedBy() != null && !s.reserveAuthorisedBy().isBlank();
        if (s.member()) {
            why.add("The referring council is a member: members have priority access (seed 000).");
            if (beyond > 0) {
                why.add("A place beyond the reserve is free: offer it.");
                return new Verdict(Outcome.OFFER, why);
            }
            if (reserveFree == 0) {
                why.add("No place is free, the reserve included: the referral waits.");
                return new Verdict(Outcome.WAIT, why);
            }
            if (s.urgency() != Urgency.EMERGENCY) {
                why.add("Only the reserve is free, and the reserve is for emergencies only; this referral is "
                        + s.urgency().label().toLowerCase(java.util.Locale.UK) + ": it waits.");
                return new Verdict(Outcome.WAIT, why);
            }
            if (!authorised) {
                why.add("Only the reserve is free and this is an emergency: a reserve place may be offered once someone"
                        + " authorises it (record who); until then it waits.");
                return new Verdict(Outcome.WAIT, why);
            }
            why.add("Only the reserve is free, this is an emergency and " + s.reserveAuthorisedBy().strip()
                    + " authorised use of the reserve: offer a reserve place.");
            return new Verdict(Outcome.OFFER_FROM_RESERVE, why);
        }
        why.add("The referring council is not a member: it may be offered a place only when no member's referral is"
                + " waiting and the emergency reserve stays intact (seed 000: unused places are sold).");
        if (s.memberReferralsWaiting() > 0) {
            why.add(s.memberReferralsWaiting() + " member referral" + (s.memberReferralsWaiting() == 1 ? " is" : "s are")
                    + " waiting: members first, so this referral waits.");
            return new Verdict(Outcome.WAIT, why);
        }
        if (beyond == 0) {
            why.add("No place is free beyond the reserve, and the reserve is never sold: the referral waits.");
            return new Verdict(Outcome.WAIT, why);
        }
        why.add("No member referral is waiting and a place beyond the reserve is free: offer it (sold at the non-member price).");
        return new Verdict(Outcome.OFFER, why);
    }
}
