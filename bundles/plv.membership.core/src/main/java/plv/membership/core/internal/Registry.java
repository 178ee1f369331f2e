package plv.membership.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import plv.membership.api.CorporateRepresentative;
import plv.membership.api.CouncilDecision;
import plv.membership.api.Member;
import plv.membership.api.MembershipStatus;
import plv.membership.api.StatusChange;
import plv.membership.api.SubRegion;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.AuditLog;

/** Reads and appends register rows inside a unit of work; shared by the register and agreement services. */
final class Registry {

    private Registry() {
    }

    static MemberEntity member(EntityManager em, String gssCode) {
        List<MemberEntity> found = em.createQuery("select m from MemberEntity m where m.gssCode = :g", MemberEntity.class)
                .setParameter("g", gssCode == null ? "" : gssCode.trim().toUpperCase()).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("There is no London authority with GSS code " + gssCode
                    + " on the register (codes run from E09000001 to E09000033).");
        }
        return found.get(0);
    }

    static List<MemberEntity> all(EntityManager em) {
        return em.createQuery("select m from MemberEntity m order by m.gssCode", MemberEntity.class).getResultList();
    }

    static List<StatusChangeEntity> history(EntityManager em, Long memberId) {
        return em.createQuery("select s from StatusChangeEntity s where s.memberId = :m order by s.effectiveOn, s.id",
                StatusChangeEntity.class).setParameter("m", memberId).getResultList();
    }

    static List<RepresentativeEntity> representatives(EntityManager em, Long memberId) {
        return em.createQuery("select r from RepresentativeEntity r where r.memberId = :m order by r.appointedOn, r.id",
                RepresentativeEntity.class).setParameter("m", memberId).getResultList();
    }

    /** Appends a status row and its audit entry. */
    static void appendStatus(EntityManager em, AuditLog audit, Actor actor, MemberEntity m, MembershipStatus status,
            LocalDate effectiveOn, String reason, LocalDate today) {
        MembershipStatus before = statusOn(history(em, m.id), today);
        StatusChangeEntity s = new StatusChangeEntity();
        s.memberId = m.id;
        s.status = status;
        s.effectiveOn = effectiveOn;
        s.reason = reason == null ? "" : reason;
        s.recordedBy = actor.username();
        s.recordedAt = Instant.now();
        em.persist(s);
        em.flush();
        audit.record("change-status", "member", m.gssCode, Map.of("status", FieldChange.of(before, status),
                "effectiveOn", FieldChange.of(null, effectiveOn), "reason", FieldChange.of(null, s.reason)));
    }

    /** The status in force on {@code day}: the newest row that took effect on or before it. */
    static MembershipStatus statusOn(List<StatusChangeEntity> history, LocalDate day) {
        return history.stream().filter(s -> !s.effectiveOn.isAfter(day)).reduce((a, b) -> b).map(s -> s.status)
                .orElse(MembershipStatus.NOT_ENGAGED);
    }

    static Member toRecord(EntityManager em, MemberEntity m, LocalDate today, boolean withContacts) {
        Ending ending = MemberAgreementsService.find(em, m).map(a -> {
            List<AgreementEventEntity> events = MemberAgreementsService.events(em, a);
            return new Ending(Tenure.lastDay(a, events), Tenure.endReason(a, events));
        }).orElse(null);
        return toRecord(m, history(em, m.id), representatives(em, m.id), today, withContacts, ending);
    }

    /** The last day of a member's membership as its agreement stands, and why. */
    record Ending(LocalDate lastDay, String reason) {
    }

    /** Every member's ending, by member id, in two queries. */
    static Map<Long, Ending> endings(EntityManager em) {
        Map<Long, List<AgreementEventEntity>> events = em.createQuery(
                "select e from AgreementEventEntity e order by e.id", AgreementEventEntity.class).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.agreementId));
        Map<Long, Ending> out = new java.util.HashMap<>();
        for (AgreementEntity a : em.createQuery("select a from AgreementEntity a", AgreementEntity.class).getResultList()) {
            List<AgreementEventEntity> list = events.getOrDefault(a.id, List.of());
            out.put(a.memberId, new Ending(Tenure.lastDay(a, list), Tenure.endReason(a, list)));
        }
        return out;
    }

    /**
     * The status on {@code day} worked out from the stored rows and the agreement's dates: a member whose last day of
     * membership has passed is CEASED even before a CEASED row is stored.
     */
    static MembershipStatus statusOn(List<StatusChangeEntity> history, Ending ending, LocalDate day) {
        MembershipStatus stored = statusOn(history, day);
        return stored.onRegister() && ending != null && day.isAfter(ending.lastDay()) ? MembershipStatus.CEASED : stored;
    }

    /** Every member with its history, read in three queries. */
    static List<Member> allRecords(EntityManager em, LocalDate today, java.util.function.Predicate<String> visible,
            java.util.function.Predicate<String> withContacts) {
        Map<Long, List<StatusChangeEntity>> history = em.createQuery(
                "select s from StatusChangeEntity s order by s.effectiveOn, s.id", StatusChangeEntity.class).getResultList()
                .stream().collect(java.util.stream.Collectors.groupingBy(s -> s.memberId));
        Map<Long, List<RepresentativeEntity>> reps = em.createQuery(
                "select r from RepresentativeEntity r order by r.appointedOn, r.id", RepresentativeEntity.class)
                .getResultList().stream().collect(java.util.stream.Collectors.groupingBy(r -> r.memberId));
        Map<Long, Ending> endings = endings(em);
        return all(em).stream().filter(m -> visible.test(m.gssCode)).map(m -> toRecord(m,
                history.getOrDefault(m.id, List.of()), reps.getOrDefault(m.id, List.of()), today,
                withContacts.test(m.gssCode), endings.get(m.id))).toList();
    }

    private static Member toRecord(MemberEntity m, List<StatusChangeEntity> history, List<RepresentativeEntity> reps,
            LocalDate today, boolean withContacts, Ending ending) {
        LocalDate registered = history.stream().filter(s -> s.status == MembershipStatus.MEMBER)
                .map(s -> s.effectiveOn).findFirst().orElse(null);
        // the CEASED row takes effect the day after the last day of membership, which is the date ceased
        LocalDate ceased = history.stream().filter(s -> s.status == MembershipStatus.CEASED)
                .max(Comparator.comparing((StatusChangeEntity s) -> s.effectiveOn)).map(s -> s.effectiveOn.minusDays(1))
                .orElse(null);
        CouncilDecision decision = m.decisionRef == null ? null
                : new CouncilDecision(m.decisionRef, m.decisionMaker, m.decisionDate);
        List<StatusChange> changes = new java.util.ArrayList<>(history.stream()
                .map(s -> new StatusChange(s.status, s.effectiveOn, s.reason, s.recordedBy, s.recordedAt)).toList());
        MembershipStatus status = statusOn(history, ending, today);
        if (status == MembershipStatus.CEASED && statusOn(history, today).onRegister()) {
            // worked out on read: the dates say the membership has ended though no CEASED row is stored yet
            ceased = ending.lastDay();
            changes.add(new StatusChange(MembershipStatus.CEASED, ceased.plusDays(1), ending.reason(),
                    "worked out from the agreement's dates", null));
        }
        List<CorporateRepresentative> representatives = reps.stream().map(r -> new CorporateRepresentative(r.id,
                r.personName, r.appointedOn, r.appointedBy, r.ceasedOn)).toList();
        return new Member(m.gssCode, m.name, SubRegion.valueOf(m.subRegion), m.address,
                withContacts ? m.contactEmail : null, status, registered, ceased, decision, changes,
                representatives);
    }
}
