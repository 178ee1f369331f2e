package plv.membership.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.AgreementEvent;
import plv.membership.api.AgreementEventType;
import plv.membership.api.AgreementTemplate;
import plv.membership.api.AgreementTerms;
import plv.membership.api.BreakNotice;
import plv.membership.api.BreakPoint;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MembershipStatus;
import plv.membership.api.Renewal;
import plv.membership.api.RenewalRatification;
import plv.membership.api.RenewalStatus;
import plv.membership.api.Term;
import plv.membership.core.internal.rules.AgreementCalendar;
import plv.membership.core.internal.rules.NoticeTooLateException;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.AuditLog;

/** Agreement templates, member agreements and their events, with the date rules of {@link AgreementCalendar}. */
@Component(service = MemberAgreements.class)
public class MemberAgreementsService implements MemberAgreements {

    private final MembershipStore data;

    @Activate
    public MemberAgreementsService(@Reference MembershipStore data) {
        this.data = data;
    }

    @Override
    public List<AgreementTemplate> templates() {
        return data.store().read(em -> em.createQuery("select t from TemplateEntity t order by t.name", TemplateEntity.class)
                .getResultList().stream().map(t -> new AgreementTemplate(t.id, t.name, t.terms.terms())).toList());
    }

    @Override
    public AgreementTemplate createTemplate(Actor actor, String name, AgreementTerms terms) {
        Access.requireSecretary(actor, "create an agreement template");
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "Enter the template's name, e.g. PLV Members' Agreement 2023.");
        }
        TermsCheck.check(terms);
        return data.store().write(actor, (em, audit) -> {
            TemplateEntity t = new TemplateEntity();
            t.name = name.trim();
            t.terms = TermColumns.of(terms);
            em.persist(t);
            em.flush();
            audit.record("create", "agreement-template", t.id, TermsCheck.changes(null, terms));
            return new AgreementTemplate(t.id, t.name, terms);
        });
    }

    @Override
    public List<MemberAgreement> agreements(Actor actor, LocalDate asOf) {
        return data.store().read(em -> em.createQuery("select a from AgreementEntity a", AgreementEntity.class)
                .getResultList().stream().map(a -> toRecord(em, a, asOf)).filter(a -> Access.maySee(actor, a.gssCode()))
                .sorted((x, y) -> x.gssCode().compareTo(y.gssCode())).toList());
    }

    @Override
    public Optional<MemberAgreement> agreementOf(Actor actor, String gssCode, LocalDate asOf) {
        return data.store().read(em -> {
            MemberEntity m = Registry.member(em, gssCode);
            Access.requireSee(actor, m.gssCode);
            return find(em, m).map(a -> toRecord(em, a, asOf));
        });
    }

    @Override
    public MemberAgreement create(Actor actor, String gssCode, long templateId, AgreementTerms overrides,
            LocalDate joinedOn) {
        Access.requireSecretary(actor, "make a member agreement");
        return write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            if (find(em, m).isPresent()) {
                throw new ValidationException("gssCode", m.name + " already has an agreement; record a variation instead.");
            }
            TemplateEntity t = em.find(TemplateEntity.class, templateId);
            if (t == null) {
                throw new ValidationException("templateId", "Choose one of the agreement templates.");
            }
            AgreementTerms terms = overrides == null ? t.terms.terms() : overrides;
            TermsCheck.check(terms);
            LocalDate joins = joinedOn == null ? terms.termStart() : joinedOn;
            if (joins.isBefore(terms.termStart())) {
                throw new ValidationException("joinedOn", "The joining date " + joins + " is before the term starts on "
                        + terms.termStart() + "; enter a date on or after it.");
            }
            AgreementEntity a = new AgreementEntity();
            a.memberId = m.id;
            a.templateId = t.id;
            a.terms = TermColumns.of(terms);
            a.joinedOn = joins;
            em.persist(a);
            em.flush();
            Map<String, FieldChange> changes = new java.util.TreeMap<>(TermsCheck.changes(null, terms));
            changes.put("template", FieldChange.of(null, t.name));
            changes.put("joinedOn", FieldChange.of(null, joins));
            audit.record("create", "member-agreement", m.gssCode, changes);
            return a;
        });
    }

    @Override
    public MemberAgreement sign(Actor actor, String gssCode, LocalDate signedOn, String signedBy, Long documentId) {
        Access.requireSecretary(actor, "record a signature");
        required(signedOn, "signedOn", "Enter the date the agreement was signed (YYYY-MM-DD).");
        LocalDate today = data.today();
        return write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            AgreementEntity a = agreement(em, m);
            if (events(em, a).stream().anyMatch(e -> e.type == AgreementEventType.SIGNED)) {
                throw new ValidationException("signedOn", m.name + "'s agreement is already signed.");
            }
            addEvent(em, audit, actor, a, m, AgreementEventType.SIGNED, signedOn, null, signedBy, documentId, null);
            LocalDate from = signedOn.isAfter(a.joinedOn) ? signedOn : a.joinedOn;
            Registry.appendStatus(em, audit, actor, m, MembershipStatus.MEMBER, from, "Agreement signed", today);
            return a;
        });
    }

    @Override
    public MemberAgreement serveBreakNotice(Actor actor, String gssCode, BreakNotice notice) {
        Access.requireSecretary(actor, "record a break notice");
        required(notice == null ? null : notice.servedOn(), "servedOn", "Enter the date the notice was served (YYYY-MM-DD).");
        LocalDate today = data.today();
        if (notice.servedOn().isAfter(today)) {
            throw new ValidationException("servedOn", "The notice date " + notice.servedOn()
                    + " is in the future; record a notice on or after the day it is served.");
        }
        if (notice.servedBy() == null || notice.servedBy().isBlank()) {
            throw new ValidationException("servedBy", "Enter who served the notice for the council.");
        }
        return write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            AgreementEntity a = agreement(em, m);
            if (noticeInForce(events(em, a)) != null) {
                throw new ValidationException("servedOn", m.name + " has already served break notice; withdraw it first.");
            }
            BreakPoint target;
            try {
                target = Tenure.calendar(a, events(em, a)).breakTakenBy(notice.servedOn());
            } catch (NoticeTooLateException e) {
                throw new ValidationException("servedOn", e.getMessage());
            }
            addEvent(em, audit, actor, a, m, AgreementEventType.BREAK_NOTICE_SERVED, notice.servedOn(),
                    target.breakDate(), notice.servedBy(), notice.documentId(), null);
            Registry.appendStatus(em, audit, actor, m, MembershipStatus.NOTICE_GIVEN, notice.servedOn(),
                    "Break notice served; membership ends on " + target.breakDate(), today);
            return a;
        });
    }

    @Override
    public MemberAgreement withdrawNotice(Actor actor, String gssCode, LocalDate withdrawnOn, String reason) {
        Access.requireSecretary(actor, "record a withdrawal of notice");
        required(withdrawnOn, "withdrawnOn", "Enter the date the notice was withdrawn (YYYY-MM-DD).");
        LocalDate today = data.today();
        return write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            AgreementEntity a = agreement(em, m);
            AgreementEventEntity notice = noticeInForce(events(em, a));
            if (notice == null) {
                throw new ValidationException("withdrawnOn", m.name + " has no break notice in force to withdraw.");
            }
            if (withdrawnOn.isAfter(notice.effectiveOn)) {
                throw new ValidationException("withdrawnOn", "The notice took effect on " + notice.effectiveOn
                        + "; it can only be withdrawn on or before that date.");
            }
            addEvent(em, audit, actor, a, m, AgreementEventType.NOTICE_WITHDRAWN, withdrawnOn, null, null, null, reason);
            Registry.appendStatus(em, audit, actor, m, MembershipStatus.MEMBER, withdrawnOn, "Break notice withdrawn", today);
            return a;
        });
    }

    @Override
    public MemberAgreement ratifyRenewal(Actor actor, String gssCode, RenewalRatification r) {
        Access.requireSecretary(actor, "record the ratification of a renewal");
        required(r == null ? null : r.ratifiedOn(), "ratifiedOn", "Enter the date the council ratified the renewal (YYYY-MM-DD).");
        if (r.decisionMaker() == null || r.decisionMaker().isBlank()) {
            throw new ValidationException("decisionMaker", "Enter who ratified the renewal for the council, e.g. Cabinet.");
        }
        if (r.decisionReference() == null || r.decisionReference().isBlank()) {
            throw new ValidationException("decisionReference",
                    "Enter the council's reference for the ratifying decision, e.g. CEF27012.");
        }
        LocalDate today = data.today();
        if (r.ratifiedOn().isAfter(today)) {
            throw new ValidationException("ratifiedOn", "The ratification date " + r.ratifiedOn()
                    + " is in the future; record the ratification once the council has decided.");
        }
        return write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            AgreementEntity a = agreement(em, m);
            if (a.terms.renewalYears <= 0) {
                throw new ValidationException("ratifiedOn", "This agreement has no renewal term; record a variation instead.");
            }
            List<AgreementEventEntity> events = events(em, a);
            if (noticeInForce(events) != null) {
                throw new ValidationException("ratifiedOn", m.name
                        + " has served break notice; record its withdrawal before ratifying a renewal.");
            }
            LocalDate end = Tenure.lastDay(a, events);
            if (r.ratifiedOn().isAfter(end)) {
                throw new ValidationException("ratifiedOn", m.name + "'s membership ended on " + end
                        + "; a ratification dated " + r.ratifiedOn() + " comes too late: a new agreement is needed.");
            }
            LocalDate starts = end.plusDays(1);
            AgreementEventEntity e = addEvent(em, audit, actor, a, m, AgreementEventType.RENEWED, r.ratifiedOn(), starts,
                    r.decisionMaker().trim(), r.documentId(), "Renewal from " + starts + " ratified");
            e.decisionRef = r.decisionReference().trim();
            audit.record("ratify-renewal", "member-agreement", m.gssCode, Map.of(
                    "decisionReference", FieldChange.of(null, e.decisionRef),
                    "renewalStarts", FieldChange.of(null, starts)));
            return a;
        });
    }

    @Override
    public MemberAgreement terminate(Actor actor, String gssCode, LocalDate terminatedOn, String reason) {
        Access.requireSecretary(actor, "record a termination");
        required(terminatedOn, "terminatedOn", "Enter the last day of membership (YYYY-MM-DD).");
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Enter the reason for the termination.");
        }
        LocalDate today = data.today();
        return write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            AgreementEntity a = agreement(em, m);
            addEvent(em, audit, actor, a, m, AgreementEventType.TERMINATED, terminatedOn, terminatedOn, null, null, reason);
            Registry.appendStatus(em, audit, actor, m, MembershipStatus.CEASED, terminatedOn.plusDays(1), reason, today);
            return a;
        });
    }

    @Override
    public MemberAgreement vary(Actor actor, String gssCode, AgreementTerms newTerms, LocalDate variedOn, String reason) {
        Access.requireSecretary(actor, "record a variation");
        required(variedOn, "variedOn", "Enter the date of the variation (YYYY-MM-DD).");
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Enter the reason for the variation.");
        }
        TermsCheck.check(newTerms);
        return write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            AgreementEntity a = agreement(em, m);
            AgreementTerms before = a.terms.terms();
            a.terms = TermColumns.of(newTerms);
            addEvent(em, audit, actor, a, m, AgreementEventType.VARIED, variedOn, null, null, null, reason);
            audit.record("vary", "member-agreement", m.gssCode, TermsCheck.changes(before, newTerms));
            return a;
        });
    }

    @Override
    public List<String> applyBreaks(Actor actor, LocalDate today) {
        return data.store().write(actor, (em, audit) -> {
            List<String> moved = new ArrayList<>();
            for (AgreementEntity a : em.createQuery("select a from AgreementEntity a", AgreementEntity.class).getResultList()) {
                List<AgreementEventEntity> events = events(em, a);
                LocalDate last = Tenure.lastDay(a, events);
                if (!last.isBefore(today)) {
                    continue;
                }
                MemberEntity m = em.find(MemberEntity.class, a.memberId);
                if (Registry.statusOn(Registry.history(em, m.id), today).onRegister()) {
                    Registry.appendStatus(em, audit, actor, m, MembershipStatus.CEASED, last.plusDays(1),
                            Tenure.endReason(a, events), today);
                    moved.add(m.gssCode);
                }
            }
            return moved;
        });
    }

    private MemberAgreement write(Actor actor, plv.platform.spi.persistence.Store.Work<AgreementEntity> work) {
        LocalDate today = data.today();
        return data.store().write(actor, (em, audit) -> toRecord(em, work.apply(em, audit), today));
    }

    private static void required(Object value, String field, String message) {
        if (value == null) {
            throw new ValidationException(field, message);
        }
    }

    static Optional<AgreementEntity> find(EntityManager em, MemberEntity m) {
        return em.createQuery("select a from AgreementEntity a where a.memberId = :m", AgreementEntity.class)
                .setParameter("m", m.id).getResultList().stream().findFirst();
    }

    private static AgreementEntity agreement(EntityManager em, MemberEntity m) {
        return find(em, m).orElseThrow(() -> new NotFoundException(m.name + " has no member agreement yet."));
    }

    static List<AgreementEventEntity> events(EntityManager em, AgreementEntity a) {
        return em.createQuery("select e from AgreementEventEntity e where e.agreementId = :a order by e.id",
                AgreementEventEntity.class).setParameter("a", a.id).getResultList();
    }

    /** The break notice served and not withdrawn since, or null. */
    static AgreementEventEntity noticeInForce(List<AgreementEventEntity> events) {
        AgreementEventEntity notice = null;
        for (AgreementEventEntity e : events) {
            if (e.type == AgreementEventType.BREAK_NOTICE_SERVED) {
                notice = e;
            } else if (e.type == AgreementEventType.NOTICE_WITHDRAWN) {
                notice = null;
            }
        }
        return notice;
    }

    private AgreementEventEntity addEvent(EntityManager em, AuditLog audit, Actor actor, AgreementEntity a, MemberEntity m,
            AgreementEventType type, LocalDate date, LocalDate effectiveOn, String byWhom, Long documentId,
            String reason) {
        if (documentId != null) {
            DocumentEntity d = em.find(DocumentEntity.class, documentId);
            if (d == null || !d.memberId.equals(m.id)) {
                throw new ValidationException("documentId", "Choose one of " + m.name + "'s uploaded documents.");
            }
        }
        AgreementEventEntity e = new AgreementEventEntity();
        e.agreementId = a.id;
        e.type = type;
        e.eventDate = date;
        e.effectiveOn = effectiveOn;
        e.byWhom = byWhom;
        e.documentId = documentId;
        e.reason = reason;
        e.recordedBy = actor.username();
        e.recordedAt = data.now();
        em.persist(e);
        em.flush();
        audit.record(type.name().toLowerCase().replace('_', '-'), "member-agreement", m.gssCode,
                Map.of("date", FieldChange.of(null, date), "effectiveOn", FieldChange.of(null, effectiveOn),
                        "by", FieldChange.of(null, byWhom), "documentId", FieldChange.of(null, documentId),
                        "reason", FieldChange.of(null, reason)));
        return e;
    }

    static MemberAgreement toRecord(EntityManager em, AgreementEntity a, LocalDate asOf) {
        MemberEntity m = em.find(MemberEntity.class, a.memberId);
        TemplateEntity t = em.find(TemplateEntity.class, a.templateId);
        List<AgreementEventEntity> events = events(em, a);
        AgreementEventEntity notice = noticeInForce(events);
        AgreementTerms terms = a.terms.terms();
        AgreementCalendar calendar = Tenure.calendar(a, events);
        return new MemberAgreement(a.id, m.gssCode, m.name, t.name, terms, a.joinedOn,
                events.stream().map(e -> new AgreementEvent(e.id, e.type, e.eventDate, e.effectiveOn, e.byWhom,
                        e.documentId, e.reason, e.recordedBy, e.recordedAt)).toList(),
                calendar.datesOn(asOf), notice != null, notice == null ? null : notice.effectiveOn,
                renewal(terms, calendar, events, asOf), Tenure.lastDay(a, events));
    }

    /** The renewal following the term current on {@code asOf} (or the last ratified term once membership has ended). */
    static Renewal renewal(AgreementTerms terms, AgreementCalendar calendar, List<AgreementEventEntity> events,
            LocalDate asOf) {
        if (terms.renewalTermYears() <= 0) {
            return new Renewal(RenewalStatus.NOT_RATIFIED, 0, null, null, null, null, null);
        }
        Term current = calendar.datesOn(asOf).currentTerm();
        Term next = calendar.term(current.number() + 1);
        AgreementEventEntity ratified = events.stream()
                .filter(e -> e.type == AgreementEventType.RENEWED && next.start().equals(e.effectiveOn)).findFirst()
                .orElse(null);
        if (ratified == null) {
            return new Renewal(RenewalStatus.NOT_RATIFIED, next.number(), next.start(), current.end(), null, null, null);
        }
        return new Renewal(RenewalStatus.RATIFIED, next.number(), next.start(), current.end(), ratified.eventDate,
                ratified.byWhom, ratified.decisionRef);
    }
}
