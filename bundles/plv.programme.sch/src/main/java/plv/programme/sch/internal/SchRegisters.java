package plv.programme.sch.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.persistence.PersistenceUnits;
import plv.platform.api.persistence.ReadCache;
import plv.platform.api.persistence.Store;
import plv.platform.api.persistence.UnitSpec;

/** The programme's contract register and risk log, in its own persistence unit. */
@Component(service = SchRegisters.class, immediate = true)
public class SchRegisters {

    private final Store store;
    private final Clock clock = Clock.systemDefaultZone();
    /** The dashboard's risk panel asks on every visit; read again after any write to the registers (see {@link ReadCache}). */
    private final ReadCache cache;

    @Activate
    public SchRegisters(BundleContext context, @Reference PersistenceUnits units) {
        this.store = units.open(new UnitSpec(context.getBundle(), List.of(RiskEntity.class, ContractEntity.class), "db/migration"));
        this.cache = new ReadCache(store);
    }

    @Deactivate
    void close() {
        store.close();
    }

    List<Risk> risks() {
        return cache.get("risks", () -> store.read(em -> em.createQuery("SELECT r FROM RiskEntity r ORDER BY r.reference",
                RiskEntity.class).getResultList().stream().map(Risk::of).toList()));
    }

    List<Contract> contracts(Actor actor) {
        return store.read(em -> em.createQuery("SELECT c FROM ContractEntity c ORDER BY c.startDate, c.reference", ContractEntity.class)
                .getResultList().stream().map(c -> Contract.of(c, actor.mayReadCompanyExempt())).toList());
    }

    boolean isEmpty() {
        long n = store.read(em -> em.createQuery("SELECT COUNT(r) FROM RiskEntity r", Long.class).getSingleResult());
        return n == 0;
    }

    /** Adds a risk from a submitted form; refuses bad input before writing anything. */
    Risk addRisk(Actor actor, Map<String, String> form) {
        requireKeeper(actor);
        RiskEntity e = RiskForm.parse(form, LocalDate.now(clock));
        return store.write(actor, (em, audit) -> {
            long count = em.createQuery("SELECT COUNT(r) FROM RiskEntity r", Long.class).getSingleResult();
            e.reference = String.format("SCH-R%02d", count + 1);
            em.persist(e);
            em.flush();
            audit.record("create", "sch-risk", e.reference, changes(e));
            return Risk.of(e);
        });
    }

    /** Records a review with the current score; the trend is worked out from the previous score. */
    Risk review(Actor actor, String reference, int likelihood, int impact, long expectedVersion) {
        requireKeeper(actor);
        RiskScore score = new RiskScore(likelihood, impact);
        return store.write(actor, (em, audit) -> {
            RiskEntity e = em.createQuery("SELECT r FROM RiskEntity r WHERE r.reference = :ref", RiskEntity.class)
                    .setParameter("ref", reference).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no risk " + reference + " in the Secure Children's Home risk log."));
            if (e.version != expectedVersion) {
                throw new plv.platform.api.ConcurrentChangeException("risk " + reference);
            }
            int before = e.currentLikelihood * e.currentImpact;
            e.trend = score.value() < before ? "improving" : score.value() > before ? "worsening" : "steady";
            audit.record("review", "sch-risk", reference, Map.of(
                    "currentScore", FieldChange.of(before, score.value()), "trend", FieldChange.of(null, e.trend)));
            e.currentLikelihood = likelihood;
            e.currentImpact = impact;
            e.reviewedOn = LocalDate.now(clock);
            return Risk.of(e);
        });
    }

    /** Demo and set-up data: stored as given, audited as the system. */
    void addDemo(List<RiskEntity> risks, List<ContractEntity> contracts) {
        store.write(Actor.system(), (em, audit) -> {
            for (RiskEntity r : risks) {
                em.persist(r);
                audit.record("create", "sch-risk", r.reference, changes(r));
            }
            for (ContractEntity c : contracts) {
                em.persist(c);
                audit.record("create", "sch-contract", c.reference, Map.of("title", FieldChange.of(null, c.title)));
            }
            return null;
        });
    }

    private static void requireKeeper(Actor actor) {
        if (!actor.hasAnyRole(Role.COMMISSIONING_OFFICER, Role.SECRETARY)) {
            throw new AccessDeniedException("Only commissioning officers and the company secretary keep the risk log.");
        }
    }

    private static Map<String, FieldChange> changes(RiskEntity e) {
        Map<String, FieldChange> c = new LinkedHashMap<>();
        c.put("title", FieldChange.of(null, e.title));
        c.put("category", FieldChange.of(null, e.category));
        c.put("owner", FieldChange.of(null, e.owner));
        c.put("currentScore", FieldChange.of(null, e.currentLikelihood * e.currentImpact));
        return c;
    }
}
