package plv.membership.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;
import plv.platform.api.time.PlvClock;

/** The membership bundle's one persistence unit (MEM_ tables), shared by its services, and the suite's clock. */
@Component(service = MembershipStore.class)
public class MembershipStore {

    static final List<Class<?>> ENTITIES = List.of(MemberEntity.class, StatusChangeEntity.class,
            RepresentativeEntity.class, TemplateEntity.class, AgreementEntity.class, AgreementEventEntity.class,
            DocumentEntity.class, FeeScheduleEntity.class, SharedFundingEntity.class, IndexSeriesEntity.class,
            IndexValueEntity.class, WeightingEntity.class, WeightEntity.class, IndexRevisionEntity.class,
            StatementEntity.class);

    private final Store store;
    private final PlvClock clock;

    @Activate
    public MembershipStore(BundleContext context, @Reference PersistenceUnits units, @Reference PlvClock clock) {
        this(units.open(new UnitSpec(context.getBundle(), ENTITIES, "db/migration")), clock);
    }

    MembershipStore(Store store, PlvClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** For tests: a store whose "today" follows {@code clock}. */
    MembershipStore(Store store, Clock clock) {
        this(store, PlvClock.of(clock));
    }

    Store store() {
        return store;
    }

    /** Today in London, from the suite's one clock. */
    LocalDate today() {
        return clock.today();
    }

    Instant now() {
        return clock.now();
    }

    @Deactivate
    void close() {
        store.close();
    }
}
