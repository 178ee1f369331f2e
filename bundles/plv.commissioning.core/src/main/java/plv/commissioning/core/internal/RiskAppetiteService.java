package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.RiskAppetite;
import plv.commissioning.api.RiskAppetites;
import plv.commissioning.api.RiskCategory;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;

/** The board's risk appetite per category, in COM_RISK_APPETITE. */
@Component(service = RiskAppetites.class)
public class RiskAppetiteService implements RiskAppetites {

    private final CommissioningData data;

    @Activate
    public RiskAppetiteService(@Reference CommissioningData data) {
        this.data = data;
    }

    @Override
    public List<RiskAppetite> inForce(Actor actor, LocalDate day) {
        CommissioningData.requireReader(actor);
        return data.store.read(em -> Appetites.on(settings(em), day).all());
    }

    @Override
    public List<RiskAppetite> history(Actor actor) {
        CommissioningData.requireReader(actor);
        List<RiskAppetite> all = new ArrayList<>(data.store.read(RiskAppetiteService::settings));
        all.sort((a, b) -> {
            int c = b.effectiveFrom().compareTo(a.effectiveFrom());
            return c != 0 ? c : a.category().compareTo(b.category());
        });
        return all;
    }

    @Override
    public RiskAppetite set(Actor actor, RiskCategory category, int appetite, LocalDate effectiveFrom, String decisionReference) {
        if (!actor.is(Role.SECRETARY)) {
            throw new AccessDeniedException("Only the company secretary records the board's risk appetite.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(new FieldError("category", "Category: choose the category of risk."));
        }
        if (appetite < 1 || appetite > 25) {
            errors.add(new FieldError("appetite", "Appetite: enter the highest tolerated score, from 1 to 25 (likelihood × impact)."));
        }
        if (effectiveFrom == null) {
            errors.add(new FieldError("effectiveFrom", "Effective from: enter the date the board's decision applies from."));
        }
        String ref = decisionReference == null ? "" : decisionReference.strip();
        if (ref.isEmpty() || ref.length() > 100) {
            errors.add(new FieldError("decisionReference",
                    "Board decision: enter the reference of the board's decision (minute), at most 100 characters."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return data.store.write(actor, (em, audit) -> {
            boolean taken = !em.createQuery("SELECT a.id FROM RiskAppetiteEntity a WHERE a.category = :c AND a.effectiveFrom = :d",
                    Long.class).setParameter("c", category.id()).setParameter("d", effectiveFrom).getResultList().isEmpty();
            if (taken) {
                throw new ValidationException("effectiveFrom", "Effective from: the board's appetite for " + category.label()
                        + " is already set from " + effectiveFrom + "; a later decision takes a later date.");
            }
            RiskAppetiteEntity e = new RiskAppetiteEntity();
            e.category = category.id();
            e.appetite = appetite;
            e.effectiveFrom = effectiveFrom;
            e.decisionReference = ref;
            e.recordedBy = actor.username();
            e.recordedAt = data.now();
            em.persist(e);
            em.flush();
            audit.record("set", "risk-appetite", String.valueOf(e.id), Map.of(
                    "category", FieldChange.of(null, category.id()), "appetite", FieldChange.of(null, appetite),
                    "effectiveFrom", FieldChange.of(null, effectiveFrom), "decisionReference", FieldChange.of(null, ref)));
            return record(e);
        });
    }

    static List<RiskAppetite> settings(EntityManager em) {
        return em.createQuery("SELECT a FROM RiskAppetiteEntity a ORDER BY a.effectiveFrom, a.id", RiskAppetiteEntity.class)
                .getResultList().stream().map(RiskAppetiteService::record).toList();
    }

    private static RiskAppetite record(RiskAppetiteEntity e) {
        return new RiskAppetite(RiskCategory.byId(e.category).orElse(RiskCategory.OPERATIONAL), e.appetite, e.effectiveFrom,
                e.decisionReference, e.recordedBy, e.recordedAt);
    }
}
