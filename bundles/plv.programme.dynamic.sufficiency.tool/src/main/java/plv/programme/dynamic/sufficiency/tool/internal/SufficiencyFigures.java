package plv.programme.dynamic.sufficiency.tool.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;

/** The tool's figures in PRG_DST_FIGURE; a CSV import adds or replaces lines, all or nothing, in one audited write. */
@Component(service = SufficiencyFigures.class)
public class SufficiencyFigures {

    private final Store store;

    @Activate
    public SufficiencyFigures(BundleContext context, @Reference PersistenceUnits units) {
        this.store = units.open(new UnitSpec(context.getBundle(), List.of(FigureEntity.class), "db/migration"));
    }

    @Deactivate
    void close() {
        store.close();
    }

    static void requireReader(Actor actor) {
        if (!actor.in(RoleGroup.REGISTER_READERS)) {
            throw new AccessDeniedException("Only commissioning officers, the company secretary and directors see the sufficiency figures.");
        }
    }

    List<Figure> list(Actor actor) {
        requireReader(actor);
        return store.read(em -> em.createQuery("SELECT f FROM FigureEntity f", FigureEntity.class).getResultList().stream()
                .map(f -> new Figure(f.gssCode, f.subRegion, f.placementType, YearMonth.parse(f.month), f.demand, f.supply, f.spendPence))
                .toList());
    }

    private static String key(String gssCode, String placementType, String month) {
        return gssCode + "|" + placementType + "|" + month;
    }

    /** Imports the CSV (see {@link FigureCsv}); answers the number of lines saved. Nothing is saved when any line is refused. */
    int importCsv(Actor actor, String csv) {
        return importCsv(actor, new java.io.StringReader(csv == null ? "" : csv));
    }

    /** Imports the CSV read from {@code csv}; answers the number of lines saved. Nothing is saved when any line is refused. */
    int importCsv(Actor actor, java.io.Reader csv) {
        if (!actor.in(RoleGroup.REGISTER_KEEPERS)) {
            throw new AccessDeniedException("Only commissioning officers and the company secretary import sufficiency figures.");
        }
        List<Figure> figures = FigureCsv.parse(csv);
        if (figures.isEmpty()) {
            return 0;
        }
        String first = figures.stream().map(f -> f.month().toString()).min(String::compareTo).orElseThrow();
        String last = figures.stream().map(f -> f.month().toString()).max(String::compareTo).orElseThrow();
        return store.write(actor, (em, audit) -> {
            // The lines already there for the file's months, read in one query ("YYYY-MM" sorts as the months do):
            // a query per line made the persistence context flush before each one, 111 s for 20,000 lines.
            Map<String, FigureEntity> existing = new java.util.HashMap<>();
            em.createQuery("SELECT f FROM FigureEntity f WHERE f.month BETWEEN :first AND :last", FigureEntity.class)
                    .setParameter("first", first).setParameter("last", last).getResultList()
                    .forEach(e -> existing.put(key(e.gssCode, e.placementType, e.month), e));
            int replaced = 0;
            for (Figure f : figures) {
                FigureEntity e = existing.get(key(f.gssCode(), f.placementType(), f.month().toString()));
                if (e == null) {
                    e = new FigureEntity();
                    e.gssCode = f.gssCode();
                    e.placementType = f.placementType();
                    e.month = f.month().toString();
                    em.persist(e);
                } else {
                    replaced++;
                }
                e.subRegion = f.subRegion();
                e.demand = f.demand();
                e.supply = f.supply();
                e.spendPence = f.spendPence();
            }
            em.flush();
            audit.record("import", "dst-figures", "all", Map.of("lines", FieldChange.of(null, String.valueOf(figures.size())),
                    "replaced", FieldChange.of(null, String.valueOf(replaced))));
            return figures.size();
        });
    }
}
