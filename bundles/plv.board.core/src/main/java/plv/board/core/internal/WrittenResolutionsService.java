package plv.board.core.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.Store;
import plv.platform.api.time.PlvClock;
import plv.membership.api.MemberRegister;

/**
 * Written resolutions of members. The eligible members are read from the register of members on the circulation date
 * (s289) and kept with the resolution as a list of GSS codes, so later changes to the register do not change the
 * count. The column LAPSES_ON holds the first day on which the resolution has lapsed (circulation date + period), so
 * the last day to agree is the day before it (s297).
 */
@Component(service = WrittenResolutions.class)
public final class WrittenResolutionsService implements WrittenResolutions {
    private final Store store;
    private final MembersRegister register;
    private final PlvClock clock;

    @Activate
    public WrittenResolutionsService(@Reference BoardUnit unit, @Reference MemberRegister register, @Reference PlvClock clock) {
        this.store = unit.store;
        this.register = new MembersRegister(register);
        this.clock = clock;
    }

    @Override
    public List<WrittenResolution> resolutions(Actor actor) {
        Check.signedIn(actor);
        return store.read(em -> {
            // Every resolution's agreements in one query rather than one query per resolution.
            Map<Long, List<AgreementEntity>> agreements = em.createQuery(
                    "select a from AgreementEntity a order by a.agreedOn, a.id", AgreementEntity.class).getResultList()
                    .stream().collect(Collectors.groupingBy(a -> a.resolutionId));
            LocalDate today = clock.today();
            return em.createQuery("select r from ResolutionEntity r order by r.circulatedOn desc, r.id desc",
                    ResolutionEntity.class).getResultList().stream()
                    .map(r -> record(r, agreements.getOrDefault(r.id, List.of()), today)).toList();
        });
    }

    @Override
    public WrittenResolution resolution(Actor actor, long id) {
        Check.signedIn(actor);
        return store.read(em -> record(em, find(em, id), clock.today()));
    }

    @Override
    public WrittenResolution circulate(Actor actor, ResolutionKind kind, String text, LocalDate circulatedOn, int periodDays) {
        Check.secretary(actor);
        new Check().required("kind", kind, "Ordinary or special").required("text", Check.trim(text), "The resolution's wording")
                .required("circulatedOn", circulatedOn, "Circulation date")
                .that(periodDays >= 1 && periodDays <= 365, "periodDays", "The period for agreeing is in days beginning with"
                        + " the circulation date: 28 unless the articles set another period (s297).")
                .orThrow();
        List<String> members = register.membersOn(circulatedOn).stream().map(MembersRegister.OnRegister::gssCode).toList();
        new Check().that(!members.isEmpty(), "circulatedOn", "Nobody is on the register of members on " + circulatedOn
                + ", so nobody is eligible to agree (s289). Record the members on the register first, or check the date.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            ResolutionEntity r = new ResolutionEntity();
            r.kind = kind.name();
            r.text = text.trim();
            r.circulatedOn = circulatedOn;
            r.lapsesOn = circulatedOn.plusDays(periodDays);
            r.eligibleMembers = String.join(",", members);
            em.persist(r);
            em.flush();
            audit.record("circulate", "written-resolution", r.id, Map.of("kind", FieldChange.of(null, r.kind),
                    "text", FieldChange.of(null, r.text), "circulatedOn", FieldChange.of(null, circulatedOn),
                    "eligibleMembers", FieldChange.of(null, r.eligibleMembers),
                    "lastDayToAgree", FieldChange.of(null, WrittenResolution.lastDayToAgree(circulatedOn, periodDays))));
            return record(em, r, clock.today());
        });
    }

    @Override
    public WrittenResolution recordAgreement(Actor actor, long id, String memberGss, LocalDate agreedOn, String representative) {
        Check.secretary(actor);
        new Check().required("memberGss", Check.trim(memberGss), "The member").required("agreedOn", agreedOn, "Date received")
                .orThrow();
        String defaultRepresentative = Check.trim(representative) != null ? null
                : register.memberOn(memberGss.trim(), agreedOn).map(MembersRegister.OnRegister::representative).orElse(null);
        return store.write(actor, (em, audit) -> {
            ResolutionEntity r = find(em, id);
            WrittenResolution now = record(em, r, agreedOn);
            String gss = memberGss.trim();
            new Check().that(now.eligibleMembers().contains(gss), "memberGss",
                    gss + " was not an eligible member when the resolution was circulated on " + r.circulatedOn + ".")
                    .that(now.agreements().stream().noneMatch(a -> a.memberGss().equals(gss)), "memberGss",
                            gss + " has already agreed; an agreement cannot be given twice or revoked (s296).")
                    .that(!agreedOn.isBefore(r.circulatedOn), "agreedOn",
                            "An agreement cannot be received before circulation on " + r.circulatedOn + ".")
                    .that(!agreedOn.isAfter(now.lastDayToAgree()), "agreedOn", "The last day to agree was "
                            + now.lastDayToAgree() + " (the end of " + now.periodDays() + " days beginning with the circulation date "
                            + r.circulatedOn + "); the resolution lapsed and an agreement received later does not count (s297).")
                    .that(now.passedOn() == null, "memberGss", "The resolution already passed on " + now.passedOn() + ".")
                    .orThrow();
            AgreementEntity a = new AgreementEntity();
            a.resolutionId = r.id;
            a.memberGss = gss;
            a.agreedOn = agreedOn;
            a.representative = Check.trim(representative) != null ? Check.trim(representative) : defaultRepresentative;
            em.persist(a);
            em.flush();
            WrittenResolution after = record(em, r, clock.today());
            audit.record("record-agreement", "written-resolution", r.id, Map.of("member", FieldChange.of(null, gss),
                    "agreedOn", FieldChange.of(null, agreedOn), "status", FieldChange.of(now.status(), after.status())));
            return after;
        });
    }

    @Override
    public WrittenResolution recordFiling(Actor actor, long id, LocalDate filedOn, long version) {
        Check.secretary(actor);
        new Check().required("filedOn", filedOn, "The date it was filed at Companies House").orThrow();
        return store.write(actor, (em, audit) -> {
            ResolutionEntity r = find(em, id);
            if (r.version != version) {
                throw new ConcurrentChangeException("written resolution " + id);
            }
            WrittenResolution now = record(em, r, clock.today());
            new Check().that(now.filingDueOn() != null, "filedOn", now.kind() == ResolutionKind.SPECIAL
                    ? "The resolution has not passed; only a passed special resolution is filed at Companies House."
                    : "Only a special resolution is filed at Companies House (s30); this one is ordinary.")
                    .that(now.filedOn() == null, "filedOn", "Its filing was already recorded on " + now.filedOn() + ".")
                    .that(now.passedOn() == null || !filedOn.isBefore(now.passedOn()), "filedOn",
                            "It cannot be filed before it passed on " + now.passedOn() + ".")
                    .orThrow();
            r.filedOn = filedOn;
            em.flush();
            audit.record("record-filing", "written-resolution", r.id, Map.of("filedOn", FieldChange.of(null, filedOn)));
            return record(em, r, clock.today());
        });
    }

    private static ResolutionEntity find(EntityManager em, long id) {
        ResolutionEntity r = em.find(ResolutionEntity.class, id);
        if (r == null) {
            throw new NotFoundException("There is no written resolution with id " + id + ".");
        }
        return r;
    }

    static WrittenResolution record(EntityManager em, ResolutionEntity r, LocalDate today) {
        return record(r, em.createQuery(
                "select a from AgreementEntity a where a.resolutionId = :r order by a.agreedOn, a.id", AgreementEntity.class)
                .setParameter("r", r.id).getResultList(), today);
    }

    private static WrittenResolution record(ResolutionEntity r, List<AgreementEntity> rows, LocalDate today) {
        ResolutionKind kind = ResolutionKind.valueOf(r.kind);
        List<String> eligible = Arrays.stream(r.eligibleMembers.split(",")).filter(s -> !s.isBlank()).toList();
        List<WrittenResolution.Agreement> agreements = rows.stream()
                .map(a -> new WrittenResolution.Agreement(a.memberGss, a.agreedOn, a.representative)).toList();
        int periodDays = (int) ChronoUnit.DAYS.between(r.circulatedOn, r.lapsesOn);
        LocalDate lastDay = WrittenResolution.lastDayToAgree(r.circulatedOn, periodDays);
        LocalDate passedOn = ResolutionOutcome.passedOn(kind, eligible.size(), agreements, lastDay);
        return new WrittenResolution(r.id, kind, r.text, r.circulatedOn, periodDays, lastDay, eligible, agreements,
                ResolutionOutcome.status(passedOn, lastDay, today), passedOn, ResolutionOutcome.filingDue(kind, passedOn),
                r.filedOn, r.version);
    }

}
