package plv.membership.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.persistence.PersistenceUnits;
import plv.platform.api.persistence.Store;
import plv.platform.api.persistence.UnitSpec;

/** The membership bundle's one persistence unit (MEM_ tables), shared by its services, and the London clock. */
@Component(service = MembershipStore.class)
public class MembershipStore {

    static final List<Class<?>> ENTITIES = List.of(MemberEntity.class, StatusChangeEntity.class,
            RepresentativeEntity.class, TemplateEntity.class, AgreementEntity.class, AgreementEventEntity.class,
            DocumentEntity.class, FeeScheduleEntity.class, SharedFundingEntity.class, IndexSeriesEntity.class,
            IndexValueEntity.class, WeightingEntity.class, WeightEntity.class);

    private final Store store;
    private final Clock clock;

    @Activate
    public MembershipStore(BundleContext context, @Reference PersistenceUnits units) {
        this(units.open(new UnitSpec(context.getBundle(), ENTITIES, "db/migration")),
                Clock.system(ZoneId.of("Europe/London")));
    }

    MembershipStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Store store() {
        return store;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Deactivate
    void close() {
        store.close();
    }
}
