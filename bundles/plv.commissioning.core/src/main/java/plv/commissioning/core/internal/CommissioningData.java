package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.time.PlvClock;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;

/** The commissioning area's persistence unit (COM_ tables), its clock and who may do what. */
@Component(service = CommissioningData.class)
public class CommissioningData {

    static final List<Class<?>> ENTITIES = List.of(ContractEntity.class, RiskEntity.class, RiskActionEntity.class, RiskReviewEntity.class,
            RiskAppetiteEntity.class, RiskAcceptanceEntity.class, ContractNoticeEntity.class);

    final Store store;
    private final PlvClock clock;

    @Activate
    public CommissioningData(BundleContext context, @Reference PersistenceUnits units, @Reference PlvClock clock) {
        this.store = units.open(new UnitSpec(context.getBundle(), ENTITIES, "db/migration"));
        this.clock = clock;
    }

    /** Today in London, from the suite's one clock. */
    LocalDate today() {
        return clock.today();
    }

    java.time.Instant now() {
        return clock.now();
    }

    @Deactivate
    void close() {
        store.close();
    }

    /** Commissioning officers, the secretary and directors read the registers. */
    static void requireReader(Actor actor) {
        if (!actor.in(RoleGroup.REGISTER_READERS)) {
            throw new AccessDeniedException("Contract registers and risk logs are for commissioning officers, the company secretary and"
                    + " directors; your role (" + actor.role().label() + ") cannot see them.");
        }
    }

    /** Commissioning officers and the secretary keep them. */
    static void requireKeeper(Actor actor) {
        if (!actor.in(RoleGroup.REGISTER_KEEPERS)) {
            throw new AccessDeniedException("Only commissioning officers and the company secretary keep contract registers and risk logs;"
                    + " your role (" + actor.role().label() + ") may not change them.");
        }
    }

    /**
     * True when a write failed on a unique constraint (SQL state class 23), e.g. two people adding the same reference
     * at the same moment: the check before the insert saw neither.
     */
    static boolean isUniqueViolation(RuntimeException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** The audited fields whose value differs (absent = null). */
    static Map<String, FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> out = new LinkedHashMap<>();
        after.forEach((k, a) -> {
            Object b = before.get(k);
            if (!Objects.equals(b, a)) {
                out.put(k, FieldChange.of(b, a));
            }
        });
        return out;
    }
}
