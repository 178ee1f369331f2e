package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.CouncilDecisions;
import plv.decisions.api.DecisionWarning;
import plv.platform.api.Actor;
import plv.platform.spi.persistence.ReadCache;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.FieldError;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.spi.persistence.AuditLog;

/** The councils' decisions, kept in DEC_COUNCIL_DECISION. */
@Component(service = CouncilDecisions.class)
public class CouncilDecisionRegister implements CouncilDecisions {

    static final String RECORD_TYPE = "council-decision";
    private static final Comparator<CouncilDecision> ORDER = Comparator.comparing(CouncilDecision::councilName)
            .thenComparing(d -> d.details().decisionDate() == null ? LocalDate.MAX : d.details().decisionDate());

    private final DecisionData data;
    /** The list is read on every dashboard visit (deadlines) and changes rarely: see ReadCache for how it stays true. */
    private final ReadCache cache;

    @Activate
    public CouncilDecisionRegister(@Reference DecisionData data) {
        this.data = data;
        this.cache = new ReadCache(data.store);
    }

    private record Listed(Actor actor, LocalDate day) {
    }

    @Override
    public List<CouncilDecision> list(Actor actor) {
        return cache.get(new Listed(actor, data.today()), () -> data.store.read(em -> entities(em, actor).stream()
                .map(e -> Views.decision(data, e, actor)).sorted(ORDER).toList()));
    }

    static List<CouncilDecisionEntity> entities(EntityManager em, Actor actor) {
        if (actor.is(Role.MONITORING_OFFICER)) {
            return em.createQuery("SELECT d FROM CouncilDecisionEntity d WHERE d.councilGss = :gss", CouncilDecisionEntity.class)
                    .setParameter("gss", String.valueOf(actor.councilGss())).getResultList();
        }
        return em.createQuery("SELECT d FROM CouncilDecisionEntity d", CouncilDecisionEntity.class).getResultList();
    }

    @Override
    public CouncilDecision get(Actor actor, long id) {
        return data.store.read(em -> {
            CouncilDecisionEntity e = find(em, id);
            Access.requireRead(actor, e.councilGss, "Council decision " + id);
            return Views.decision(data, e, actor);
        });
    }

    static CouncilDecisionEntity find(EntityManager em, long id) {
        CouncilDecisionEntity e = em.find(CouncilDecisionEntity.class, id);
        if (e == null) {
            throw new NotFoundException("There is no council decision " + id + ".");
        }
        return e;
    }

    @Override
    public CouncilDecision create(Actor actor, CouncilDecisionDraft draft) {
        Access.requireRecord(actor, draft.councilGss());
        DecisionValidation.throwIfAny(DecisionValidation.councilDecision(draft, data.authorities));
        CouncilDecisionEntity saved = data.store.write(actor, (em, audit) -> insert(em, audit, draft));
        return get(actor, saved.id);
    }

    /** Inserts one decision and records it in the audit trail; refuses a reference the council already used. */
    static CouncilDecisionEntity insert(EntityManager em, AuditLog audit, CouncilDecisionDraft draft) {
        long taken = em.createQuery("SELECT COUNT(d) FROM CouncilDecisionEntity d WHERE d.councilGss = :g AND d.reference = :r", Long.class)
                .setParameter("g", draft.councilGss()).setParameter("r", draft.reference()).getSingleResult();
        if (taken > 0) {
            DecisionValidation.throwIfAny(List.of(new FieldError("reference", draft.councilGss() + " already has a decision "
                    + draft.reference() + ": open that one to change it, or use another reference.")));
        }
        CouncilDecisionEntity e = new CouncilDecisionEntity();
        e.apply(draft);
        em.persist(e);
        em.flush();
        audit.record("create", RECORD_TYPE, e.id, Changes.between(Map.of(), e.snapshot()));
        return e;
    }

    @Override
    public CouncilDecision update(Actor actor, long id, long expectedVersion, CouncilDecisionDraft draft) {
        Access.requireRecord(actor, draft.councilGss());
        DecisionValidation.throwIfAny(DecisionValidation.councilDecision(draft, data.authorities));
        data.store.write(actor, (em, audit) -> {
            CouncilDecisionEntity e = find(em, id);
            Access.requireRecord(actor, e.councilGss);
            if (e.version != expectedVersion) {
                throw new ConcurrentChangeException("council decision " + e.reference);
            }
            Map<String, Object> before = e.snapshot();
            e.apply(draft);
            em.flush();
            audit.record("update", RECORD_TYPE, e.id, Changes.between(before, e.snapshot()));
            return e;
        });
        return get(actor, id);
    }

    @Override
    public List<DecisionWarning> check(CouncilDecisionDraft draft) {
        return data.rules.warnings(draft);
    }
}
