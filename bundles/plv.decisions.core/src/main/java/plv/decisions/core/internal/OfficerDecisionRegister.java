package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.ReviewStatus;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.ReadCache;

/** Officer decision records under delegations (reg 7), kept in DEC_OFFICER_DECISION. */
@Component(service = OfficerDecisions.class)
public class OfficerDecisionRegister implements OfficerDecisions {

    static final String RECORD_TYPE = "officer-decision";
    private final DecisionData data;
    /** The dashboard's review panel asks on every visit; read again after any decisions write (see {@link ReadCache}). */
    private final ReadCache cache;

    private record Asked(Actor actor, LocalDate today) {
    }

    @Activate
    public OfficerDecisionRegister(@Reference DecisionData data) {
        this.data = data;
        this.cache = new ReadCache(data.store);
    }

    @Override
    public List<OfficerDecision> list(Actor actor) {
        return cache.get(new Asked(actor, data.today()), () -> data.store.read(
                em -> entities(em, actor, null).stream().map(e -> Views.officerDecision(data, e, actor)).toList()));
    }

    /** The actor's visible records, optionally only those in one review status. */
    static List<OfficerDecisionEntity> entities(EntityManager em, Actor actor, ReviewStatus status) {
        boolean mo = actor.is(Role.MONITORING_OFFICER);
        String jpql = "SELECT o FROM OfficerDecisionEntity o WHERE 1 = 1" + (mo ? " AND o.councilGss = :gss" : "")
                + (status != null ? " AND o.reviewStatus = :status" : "") + " ORDER BY o.councilGss, o.decisionDate, o.id";
        var q = em.createQuery(jpql, OfficerDecisionEntity.class);
        // The two eager collections in one query each for all the records, not two queries per record.
        // (EclipseLink's hints, by name: this bundle does not import EclipseLink.)
        q.setHint("eclipselink.batch.type", "IN");
        q.setHint("eclipselink.batch", "o.consultations");
        q.setHint("eclipselink.batch", "o.documents");
        if (mo) {
            q.setParameter("gss", String.valueOf(actor.councilGss()));
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        return q.getResultList();
    }

    @Override
    public List<OfficerDecision> underDelegation(Actor actor, long delegationId) {
        return data.store.read(em -> {
            DelegationEntity d = DelegationRegister.find(em, delegationId);
            Access.requireRead(actor, d.councilGss, "Delegation " + delegationId);
            return em.createQuery("SELECT o FROM OfficerDecisionEntity o WHERE o.delegationId = :d ORDER BY o.decisionDate, o.id",
                    OfficerDecisionEntity.class).setParameter("d", delegationId).getResultList().stream()
                    .map(e -> Views.officerDecision(data, e, actor)).toList();
        });
    }

    @Override
    public OfficerDecision get(Actor actor, long id) {
        return data.store.read(em -> {
            OfficerDecisionEntity e = find(em, id);
            Access.requireRead(actor, e.councilGss, "Officer decision " + id);
            return Views.officerDecision(data, e, actor);
        });
    }

    static OfficerDecisionEntity find(EntityManager em, long id) {
        OfficerDecisionEntity e = em.find(OfficerDecisionEntity.class, id);
        if (e == null) {
            throw new NotFoundException("There is no officer decision record " + id + ".");
        }
        return e;
    }

    @Override
    public OfficerDecision record(Actor actor, long delegationId, OfficerDecisionDraft draft) {
        DecisionValidation.throwIfAny(DecisionValidation.officerDecision(draft, data.today()));
        long id = data.store.write(actor, (em, audit) -> {
            DelegationEntity d = DelegationRegister.find(em, delegationId);
            Access.requireRecord(actor, d.councilGss);
            OfficerDecisionEntity e = new OfficerDecisionEntity();
            e.delegationId = delegationId;
            e.councilGss = d.councilGss;
            e.apply(draft);
            e.recordedOn = data.today();
            e.reviewStatus = ReviewStatus.AWAITING_REVIEW;
            e.reviewDue = data.rules.reviewDue(e.recordedOn);
            em.persist(e);
            em.flush();
            Map<String, Object> after = Changes.fields(draft);
            after.put("delegationId", delegationId);
            after.put("reviewStatus", e.reviewStatus);
            after.put("reviewDue", e.reviewDue);
            audit.record("create", RECORD_TYPE, e.id, Changes.between(Map.of(), after));
            return e.id;
        });
        return get(actor, id);
    }

    @Override
    public OfficerDecision update(Actor actor, long id, long expectedVersion, OfficerDecisionDraft draft) {
        DecisionValidation.throwIfAny(DecisionValidation.officerDecision(draft, data.today()));
        data.store.write(actor, (em, audit) -> {
            OfficerDecisionEntity e = find(em, id);
            Access.requireRecord(actor, e.councilGss);
            if (e.version != expectedVersion) {
                throw new ConcurrentChangeException("officer decision record " + id + " (" + e.title + ")");
            }
            if (e.reviewStatus == ReviewStatus.CONFIRMED) {
                throw new ValidationException("decision", "Officer decision " + id + " was confirmed within delegation"
                        + " and is locked with its review; it cannot be changed. Record a correction as a new officer decision.");
            }
            Map<String, Object> before = Changes.fields(e.draft());
            e.apply(draft);
            em.flush();
            audit.record("update", RECORD_TYPE, e.id, Changes.between(before, Changes.fields(e.draft())));
            return e;
        });
        return get(actor, id);
    }

    @Override
    public OfficerDecision answerQuery(Actor actor, long id, String answer) {
        if (!actor.is(Role.SECRETARY)) {
            throw new AccessDeniedException("Only the company secretary records the answer to a monitoring officer's query.");
        }
        if (answer == null || answer.isBlank()) {
            throw new ValidationException("answer", "Enter the answer to the monitoring officer's question.");
        }
        data.store.write(actor, (em, audit) -> {
            OfficerDecisionEntity e = find(em, id);
            if (e.reviewStatus != ReviewStatus.QUERIED) {
                throw new ValidationException("answer", "Officer decision " + id + " has no open query (it is "
                        + e.reviewStatus.label().toLowerCase() + "); nothing to answer.");
            }
            ReviewStatus before = e.reviewStatus;
            e.queryAnswer = answer.strip();
            e.reviewStatus = ReviewStatus.AWAITING_REVIEW;
            e.reviewDue = data.rules.reviewDue(data.today());
            em.flush();
            audit.record("answer-query", RECORD_TYPE, e.id, Map.of("queryAnswer", FieldChange.of(null, e.queryAnswer),
                    "reviewStatus", FieldChange.of(before, e.reviewStatus), "reviewDue", FieldChange.of(null, e.reviewDue)));
            return e;
        });
        return get(actor, id);
    }
}
