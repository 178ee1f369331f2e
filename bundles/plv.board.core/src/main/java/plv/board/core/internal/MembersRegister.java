package plv.board.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import plv.membership.api.CorporateRepresentative;
import plv.membership.api.Member;
import plv.membership.api.MemberRegister;
import plv.membership.api.StatusChange;
import plv.platform.api.Actor;

/**
 * The board's reading of the register of members (plv.membership): who was a member on a given day, and who was its
 * corporate representative (s323) that day. A member is on the register on a day when its newest status taking effect
 * on or before that day is one that puts it on the register (member, or member under notice).
 */
final class MembersRegister {
    private final MemberRegister register;

    MembersRegister(MemberRegister register) {
        this.register = register;
    }

    /**
     * One member on the register on a day.
     *
     * @param gssCode        e.g. E09000003
     * @param name           e.g. Barnet
     * @param representative the corporate representative in office that day, or null
     */
    record OnRegister(String gssCode, String name, String representative) {
    }

    /** The members on the register on {@code day}, by GSS code. Read as the system: the register is the company's. */
    List<OnRegister> membersOn(LocalDate day) {
        return membersOn(register.members(Actor.system()), day);
    }

    static List<OnRegister> membersOn(List<Member> members, LocalDate day) {
        return members.stream().filter(m -> onRegister(m, day))
                .map(m -> new OnRegister(m.gssCode(), m.name(),
                        m.representativeOn(day).map(CorporateRepresentative::personName).orElse(null)))
                .sorted(Comparator.comparing(OnRegister::gssCode)).toList();
    }

    /** The member {@code gss} if it was on the register on {@code day}. */
    Optional<OnRegister> memberOn(String gss, LocalDate day) {
        return membersOn(day).stream().filter(m -> m.gssCode().equals(gss)).findFirst();
    }

    static boolean onRegister(Member m, LocalDate day) {
        Optional<StatusChange> status = m.history().stream().filter(c -> !c.effectiveOn().isAfter(day))
                .max(Comparator.comparing(StatusChange::effectiveOn).thenComparing(StatusChange::recordedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        if (status.isEmpty() || !status.get().status().onRegister()) {
            return false;
        }
        // a membership that ended by its dates counts even where no status row records it: ceasedOn is the last day
        // as a member (unless it belongs to an earlier membership, before the status now in force)
        LocalDate ceased = m.ceasedOn();
        return ceased == null || !ceased.isBefore(day) || ceased.isBefore(status.get().effectiveOn());
    }
}
