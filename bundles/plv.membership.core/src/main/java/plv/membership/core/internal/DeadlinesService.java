package plv.membership.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.Deadline;
import plv.membership.api.DeadlineKind;
import plv.membership.api.Deadlines;
import plv.membership.api.FeeSchedule;
import plv.membership.api.MembershipStatus;
import plv.membership.api.Term;
import plv.membership.core.internal.rules.AgreementCalendar;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.Actor;
import plv.platform.spi.persistence.ReadCache;

/** Membership deadlines worked out from the agreements, the representatives and the fee schedule. */
@Component(service = Deadlines.class)
public class DeadlinesService implements Deadlines {

    private final MembershipStore data;
    /** The dashboard asks on every visit; worked out again after any membership write (see {@link ReadCache}). */
    private final ReadCache cache;

    private record Asked(Actor actor, LocalDate from, int days, LocalDate today) {
    }

    @Activate
    public DeadlinesService(@Reference MembershipStore data) {
        this.data = data;
        this.cache = new ReadCache(data.store());
    }

    @Override
    public List<Deadline> upcoming(Actor actor, LocalDate from, int days) {
        LocalDate until = from.plusDays(days);
        LocalDate today = data.today();
        return cache.get(new Asked(actor, from, days, today), () -> {
            List<Deadline> out = data.store().read(em -> collect(em, actor, from, until, today));
            out.removeIf(d -> d.date().isBefore(from) || d.date().isAfter(until));
            out.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind)
                    .thenComparing(d -> d.gssCode() == null ? "" : d.gssCode()));
            return List.copyOf(out);
        });
    }

    private static List<Deadline> collect(EntityManager em, Actor actor, LocalDate from, LocalDate until, LocalDate today) {
        // A handful of queries for everything, grouped in memory: the dashboard asks for this on every visit.
        Map<Long, MemberEntity> members = Registry.all(em).stream().collect(Collectors.toMap(m -> m.id, m -> m));
        Map<Long, List<StatusChangeEntity>> histories = em.createQuery(
                "select s from StatusChangeEntity s order by s.effectiveOn, s.id", StatusChangeEntity.class).getResultList()
                .stream().collect(Collectors.groupingBy(s -> s.memberId));
        Map<Long, List<AgreementEventEntity>> events = em.createQuery(
                "select e from AgreementEventEntity e order by e.id", AgreementEventEntity.class).getResultList()
                .stream().collect(Collectors.groupingBy(e -> e.agreementId));
        Map<Long, List<RepresentativeEntity>> representatives = em.createQuery(
                "select r from RepresentativeEntity r order by r.appointedOn, r.id", RepresentativeEntity.class).getResultList()
                .stream().collect(Collectors.groupingBy(r -> r.memberId));
        List<Deadline> out = new ArrayList<>();
        for (AgreementEntity a : em.createQuery("select a from AgreementEntity a", AgreementEntity.class).getResultList()) {
            MemberEntity m = members.get(a.memberId);
            List<AgreementEventEntity> list = events.getOrDefault(a.id, List.of());
            if (m == null || !Access.maySee(actor, m.gssCode)) {
                continue;
            }
            Registry.Ending ending = new Registry.Ending(Tenure.lastDay(a, list), Tenure.endReason(a, list));
            if (Registry.statusOn(histories.getOrDefault(m.id, List.of()), ending, today) == MembershipStatus.CEASED) {
                continue;
            }
            AgreementEventEntity notice = MemberAgreementsService.noticeInForce(list);
            if (notice != null) {
                out.add(deadline(notice.effectiveOn, DeadlineKind.BREAK_DATE, m,
                        m.name + ": membership ends at the break (notice served " + notice.eventDate + ")"));
                continue;
            }
            AgreementCalendar calendar = Tenure.calendar(a, list);
            Term last = calendar.lastTerm();
            for (Term t : calendar.termsUntil(until)) {
                if (t.end().isBefore(from)) {
                    continue;
                }
                if (t.breakPoint() != null) {
                    out.add(deadline(t.breakPoint().lastNoticeDate(), DeadlineKind.BREAK_NOTICE_DEADLINE, m,
                            m.name + ": last day to serve break notice for the break on " + t.breakPoint().breakDate()));
                    out.add(deadline(t.breakPoint().breakDate(), DeadlineKind.BREAK_DATE, m,
                            m.name + ": break date of the " + t.label().toLowerCase()));
                }
                if (t.number() < last.number()) {
                    out.add(deadline(t.end(), DeadlineKind.TERM_END, m, m.name + ": " + t.label().toLowerCase() + " ends"));
                    out.add(deadline(t.end().plusDays(1), DeadlineKind.RENEWAL, m,
                            m.name + ": renewal term " + (t.number() + 1) + " starts (ratified)"));
                } else if (a.terms.renewalYears > 0) {
                    out.add(deadline(t.end(), DeadlineKind.RENEWAL_RATIFICATION, m, m.name + ": renewal to be ratified by "
                            + t.end() + ", else membership ends with the " + t.label().toLowerCase() + " that day"));
                    out.add(deadline(t.end(), DeadlineKind.TERM_END, m, m.name + ": " + t.label().toLowerCase()
                            + " ends; membership ends unless a renewal is ratified"));
                } else {
                    out.add(deadline(t.end(), DeadlineKind.TERM_END, m, m.name + ": " + t.label().toLowerCase()
                            + " ends; the agreement has no renewal"));
                }
            }
        }
        for (MemberEntity m : members.values()) {
            if (!Access.maySee(actor, m.gssCode)) {
                continue;
            }
            for (RepresentativeEntity r : representatives.getOrDefault(m.id, List.of())) {
                out.add(deadline(r.appointedOn, DeadlineKind.REPRESENTATIVE_CHANGE, m,
                        m.name + ": " + r.personName + " becomes corporate representative"));
                if (r.ceasedOn != null) {
                    out.add(deadline(r.ceasedOn, DeadlineKind.REPRESENTATIVE_CHANGE, m,
                            m.name + ": " + r.personName + " ceases as corporate representative"));
                }
            }
        }
        FeeSchedule fee = ContributionsService.feeSchedule(em);
        if (fee.triggerDate() != null && fee.indexation() != null) {
            FinancialYear fy = FinancialYear.containing(fee.triggerDate());
            for (int y = Math.max(fy.startYear() + 1, from.getYear()); y <= until.getYear() + 1; y++) {
                LocalDate review = LocalDate.of(y, 4, 1);
                out.add(new Deadline(review, DeadlineKind.FEE_REVIEW, null, null, "Fee review: " + fee.indexation()
                        .seriesCode() + " uplift for " + new FinancialYear(y).label(), uid(DeadlineKind.FEE_REVIEW, "ALL", review)));
            }
        }
        return out;
    }

    private static Deadline deadline(LocalDate date, DeadlineKind kind, MemberEntity m, String title) {
        return new Deadline(date, kind, m.gssCode, m.name, title, uid(kind, m.gssCode, date));
    }

    /** Stable: the same kind, member and date always give the same UID. */
    static String uid(DeadlineKind kind, String gss, LocalDate date) {
        return kind.name().toLowerCase().replace('_', '-') + "-" + gss + "-" + date + "@membership.plv.london";
    }
}
