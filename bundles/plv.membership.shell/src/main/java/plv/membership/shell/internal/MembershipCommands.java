package plv.membership.shell.internal;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.ContributionSchedule;
import plv.membership.api.Contributions;
import plv.membership.api.Deadlines;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberRegister;
import plv.platform.api.Actor;
import plv.platform.api.money.Money;
import plv.platform.api.time.PlvClock;
import plv.membership.api.RenewalStatus;

/**
 * Gogo commands for the common look-ups, as the company secretary sees them: {@code membership:members},
 * {@code membership:member E09000003}, {@code membership:agreement E09000003}, {@code membership:deadlines 90},
 * {@code membership:schedule 2028}.
 */
@Component(service = MembershipCommands.class, property = {
        "osgi.command.scope=membership",
        "osgi.command.function=members",
        "osgi.command.function=member",
        "osgi.command.function=agreement",
        "osgi.command.function=deadlines",
        "osgi.command.function=schedule"})
public class MembershipCommands {

    private final MemberRegister register;
    private final MemberAgreements agreements;
    private final Deadlines deadlines;
    private final Contributions contributions;
    private final PlvClock clock;

    @Activate
    public MembershipCommands(@Reference MemberRegister register, @Reference MemberAgreements agreements,
            @Reference Deadlines deadlines, @Reference Contributions contributions, @Reference PlvClock clock) {
        this.clock = clock;
        this.register = register;
        this.agreements = agreements;
        this.deadlines = deadlines;
        this.contributions = contributions;
    }

    private LocalDate today() {
        return clock.today();
    }

    /** {@code membership:members}: GSS code, status, sub-region and name of every authority. */
    public String members() {
        return register.members(Actor.system()).stream()
                .map(m -> m.gssCode() + "\t" + m.status().label() + "\t" + m.subRegion() + "\t" + m.name())
                .collect(Collectors.joining("\n"));
    }

    /** {@code membership:member <gss>}: one member's record and status history. */
    public String member(String gss) {
        Member m = register.member(Actor.system(), gss).orElse(null);
        if (m == null) {
            return "No member " + gss;
        }
        StringBuilder out = new StringBuilder(m.gssCode() + " " + m.name() + " (" + m.subRegion().label() + ")\n");
        out.append("status: ").append(m.status().label()).append(", registered ").append(m.registeredOn())
                .append(", ceased ").append(m.ceasedOn()).append('\n');
        m.history().forEach(h -> out.append("  ").append(h.effectiveOn()).append(' ').append(h.status().label())
                .append(" – ").append(h.reason()).append('\n'));
        m.representatives().forEach(r -> out.append("  representative ").append(r.personName()).append(" from ")
                .append(r.appointedOn()).append(r.ceasedOn() == null ? "" : " to " + r.ceasedOn()).append('\n'));
        return out.toString();
    }

    /** {@code membership:agreement <gss>}: the computed dates of a member's agreement as of today. */
    public String agreement(String gss) {
        MemberAgreement a = agreements.agreementOf(Actor.system(), gss, today()).orElse(null);
        if (a == null) {
            return gss + " has no member agreement";
        }
        var d = a.dates();
        return a.memberName() + " – " + a.templateName() + "\n"
                + "current term: " + d.currentTerm().start() + " to " + d.currentTerm().end() + "\n"
                + "next break:   " + (d.nextBreak() == null ? "none" : d.nextBreak().breakDate() + " (notice by "
                        + d.nextBreak().lastNoticeDate() + ")") + "\n"
                + "renewal:      " + (a.renewal().status() == RenewalStatus.RATIFIED
                        ? "ratified " + a.renewal().ratifiedOn() + " (" + a.renewal().decisionReference() + "), from "
                                + a.renewal().startsOn()
                        : a.renewal().ratifyBy() == null ? "none" : "not ratified: membership ends " + a.renewal().ratifyBy())
                + "\n"
                + "next exit:    " + (d.nextExit() == null ? "membership ended" : d.nextExit()) + "\n"
                + "notice:       " + (a.noticeServed() ? "served, membership ends " + a.breakTakenOn() : "none");
    }

    /** {@code membership:deadlines <days>}: deadlines from today. */
    public String deadlines(int days) {
        return deadlines.upcoming(Actor.system(), today(), days).stream()
                .map(d -> d.date() + "\t" + d.kind().label() + "\t" + d.title()).collect(Collectors.joining("\n"));
    }

    /** {@code membership:schedule <year>}: each member's contribution for the financial year starting 1 April. */
    public String schedule(int year) {
        ContributionSchedule s = contributions.schedule(Actor.system(), year);
        return s.lines().stream().map(l -> l.gssCode() + "\t" + Money.plain(l.totalPence()) + "\t" + l.memberName())
                .collect(Collectors.joining("\n", "Contributions " + s.label() + "\n", "\nTotal\t" + Money.plain(s.totalPence())));
    }
}
