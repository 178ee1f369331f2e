package plv.board.web.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.CorporateRepresentative;
import plv.membership.api.Member;
import plv.membership.api.MemberRegister;
import plv.membership.api.StatusChange;
import plv.platform.api.Actor;

/**
 * The members register (plv.membership) as the source of the members eligible to vote on a written resolution: the
 * authorities whose status on the circulation date puts them on the register. Only active when the membership
 * bundles are installed.
 */
@Component(service = MemberDirectory.class)
public class RegisterMemberDirectory implements MemberDirectory {
    private final MemberRegister register;

    @Activate
    public RegisterMemberDirectory(@Reference MemberRegister register) {
        this.register = register;
    }

    @Override
    public List<RegisteredMember> membersOn(Actor actor, LocalDate day) {
        return register.members(actor).stream().filter(m -> onRegister(m, day))
                .map(m -> new RegisteredMember(m.gssCode(), m.name(),
                        m.representativeOn(day).map(CorporateRepresentative::personName).orElse(null)))
                .sorted(Comparator.comparing(RegisteredMember::gssCode)).toList();
    }

    private static boolean onRegister(Member m, LocalDate day) {
        return m.history().stream().filter(c -> !c.effectiveOn().isAfter(day))
                .max(Comparator.comparing(StatusChange::effectiveOn))
                .map(c -> c.status().onRegister()).orElse(false);
    }
}
