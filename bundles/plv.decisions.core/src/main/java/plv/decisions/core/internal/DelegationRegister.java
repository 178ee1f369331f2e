package plv.decisions.core.internal;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.Delegations;
import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;

/** Delegations made by council decisions, kept in DEC_DELEGATION. */
@Component(service = Delegations.class)
public class DelegationRegister implements Delegations {

    static final String RECORD_TYPE = "delegation";
    private final DecisionData data;

    @Activate
    public DelegationRegister(@Reference DecisionData data) {
        this.data = data;
    }

    @Override
    public List<Delegation> list(Actor actor) {
        return data.store.read(em -> entities(em, actor).stream().map(DelegationEntity::toRecord).toList());
    }

    static List<DelegationEntity> entities(EntityManager em, Actor actor) {
        if (actor.is(Role.MONITORING_OFFICER)) {
            return em.createQuery("SELECT d FROM DelegationEntity d WHERE d.councilGss = :gss ORDER BY d.id", DelegationEntity.class)
                    .setParameter("gss", String.valueOf(actor.councilGss())).getResultList();
        }
        return em.createQuery("SELECT d FROM DelegationEntity d ORDER BY d.councilGss, d.id", DelegationEntity.class).getResultList();
    }

    @Override
    public List<Delegation> forDecision(Actor actor, long councilDecisionId) {
        return data.store.read(em -> {
            CouncilDecisionEntity decision = CouncilDecisionRegister.find(em, councilDecisionId);
            Access.requireRead(actor, decision.councilGss, "Council decision " + councilDecisionId);
            return em.createQuery("SELECT d FROM DelegationEntity d WHERE d.decisionId = :id ORDER BY d.id", DelegationEntity.class)
                    .setParameter("id", councilDecisionId).getResultList().stream().map(DelegationEntity::toRecord).toList();
        });
    }

    @Override
    public Delegation get(Actor actor, long id) {
        return data.store.read(em -> {
            DelegationEntity e = find(em, id);
            Access.requireRead(actor, e.councilGss, "Delegation " + id);
            return e.toRecord();
        });
    }

    static DelegationEntity find(EntityManager em, long id) {
        DelegationEntity e = em.find(DelegationEntity.class, id);
        if (e == null) {
            throw new NotFoundException("There is no delegation " + id + ".");
        }
        return e;
    }

    @Override
    public Delegation create(Actor actor, long councilDecisionId, DelegationDraft terms) {
        return data.store.write(actor, (em, audit) -> {
            CouncilDecisionEntity decision = CouncilDecisionRegister.find(em, councilDecisionId);
            Access.requireRecord(actor, decision.councilGss);
            DecisionValidation.throwIfAny(DecisionValidation.delegation(terms, decision.decisionDate));
            DelegationEntity e = new DelegationEntity();
            e.decisionId = councilDecisionId;
            e.councilGss = decision.councilGss;
            e.apply(terms);
            em.persist(e);
            em.flush();
            Map<String, Object> after = Changes.fields(terms);
            after.put("councilDecisionId", councilDecisionId);
            audit.record("create", RECORD_TYPE, e.id, Changes.between(Map.of(), after));
            return e.toRecord();
        });
    }

    @Override
    public Delegation update(Actor actor, long id, long expectedVersion, DelegationDraft terms) {
        return data.store.write(actor, (em, audit) -> {
            DelegationEntity e = find(em, id);
            Access.requireRecord(actor, e.councilGss);
            if (e.version != expectedVersion) {
                throw new ConcurrentChangeException("delegation " + id + " to " + e.officerPost);
            }
            CouncilDecisionEntity decision = CouncilDecisionRegister.find(em, e.decisionId);
            DecisionValidation.throwIfAny(DecisionValidation.delegation(terms, decision.decisionDate));
            Map<String, Object> before = Changes.fields(e.terms());
            e.apply(terms);
            em.flush();
            audit.record("update", RECORD_TYPE, e.id, Changes.between(before, Changes.fields(e.terms())));
            return e.toRecord();
        });
    }
}
