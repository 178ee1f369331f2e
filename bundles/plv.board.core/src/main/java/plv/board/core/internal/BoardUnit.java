package plv.board.core.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;

/** The board's persistence unit (tables BRD_*, migrations in db/migration), shared by the board's services. */
@Component(service = BoardUnit.class)
public final class BoardUnit {
    static final List<Class<?>> ENTITIES = List.of(DirectorEntity.class, DirectorEventEntity.class, MeetingEntity.class,
            ItemEntity.class, PaperEntity.class, AttendanceEntity.class, InterestEntity.class, ActionEntity.class,
            MinutesEntity.class, ResolutionEntity.class, AgreementEntity.class, CorrectionEntity.class,
            FilingEntity.class, DirectorPrivateEntity.class, PscEntity.class);

    final Store store;

    @Activate
    public BoardUnit(BundleContext context, @Reference PersistenceUnits units) {
        this.store = units.open(new UnitSpec(context.getBundle(), ENTITIES, "db/migration"));
    }

    @Deactivate
    void close() {
        store.close();
    }
}
