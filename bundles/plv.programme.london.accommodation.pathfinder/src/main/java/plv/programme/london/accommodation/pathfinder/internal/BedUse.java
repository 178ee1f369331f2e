package plv.programme.london.accommodation.pathfinder.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;

/** Bed nights used by each participating authority by month, in PRG_LAP_BED_USE. */
@Component(service = BedUse.class)
public class BedUse {

    /** One month's use by one participant. */
    public record Row(String gssCode, String month, int bedNights) {
    }

    private final Store store;

    @Activate
    public BedUse(BundleContext context, @Reference PersistenceUnits units) {
        this.store = units.open(new UnitSpec(context.getBundle(), List.of(BedUseEntity.class), "db/migration"));
    }

    @Deactivate
    void close() {
        store.close();
    }

    List<Row> list() {
        return store.read(em -> em.createQuery("SELECT b FROM BedUseEntity b ORDER BY b.month, b.gssCode", BedUseEntity.class)
                .getResultList().stream().map(b -> new Row(b.gssCode, b.month, b.bedNights)).toList());
    }

    /** Bed nights by participant over every month recorded, by GSS code. */
    Map<String, Integer> totals() {
        Map<String, Integer> out = new TreeMap<>();
        list().forEach(r -> out.merge(r.gssCode(), r.bedNights(), Integer::sum));
        return out;
    }

    /** Records (or corrects) a participant's bed nights for a month: commissioning officers and the secretary only. */
    Row record(Actor actor, String gssCode, String month, Integer bedNights) {
        if (!actor.in(RoleGroup.REGISTER_KEEPERS)) {
            throw new AccessDeniedException("Only commissioning officers and the company secretary record bed use.");
        }
        List<FieldError> errors = new ArrayList<>();
        String gss = gssCode == null ? "" : gssCode.strip();
        if (Arrays.stream(LondonAccommodationPathfinderProgramme.AUTHORITIES).noneMatch(a -> a[0].equals(gss))) {
            errors.add(new FieldError("gssCode", "'" + gss + "' is not one of the 12 participating authorities; choose one from the list."));
        }
        YearMonth ym = null;
        try {
            ym = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("month", "Month '" + month + "' is not a month; write it as YYYY-MM, e.g. 2024-01."));
        }
        if (ym != null && ym.isBefore(YearMonth.from(LondonAccommodationPathfinderProgramme.FIRST_OPENED))) {
            errors.add(new FieldError("month", "The Pathfinder opened in August 2023; give a month from 2023-08."));
            ym = null;
        }
        // 10 beds for at most 31 nights: 310 bed nights a month at most
        if (bedNights == null || bedNights < 0 || ym != null && bedNights > 10 * ym.lengthOfMonth()) {
            errors.add(new FieldError("bedNights", "Bed nights must be a whole number from 0 to " + (ym == null ? 310 : 10 * ym.lengthOfMonth())
                    + " (10 beds a night)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String m = ym.toString();
        int nights = bedNights;
        return store.write(actor, (em, audit) -> {
            BedUseEntity e = em.createQuery("SELECT b FROM BedUseEntity b WHERE b.gssCode = :g AND b.month = :m", BedUseEntity.class)
                    .setParameter("g", gss).setParameter("m", m).getResultList().stream().findFirst().orElse(null);
            Integer before = null;
            if (e == null) {
                e = new BedUseEntity();
                e.gssCode = gss;
                e.month = m;
                e.bedNights = nights;
                em.persist(e);
            } else {
                before = e.bedNights;
                e.bedNights = nights;
            }
            em.flush();
            audit.record(before == null ? "record" : "correct", "lap-bed-use", e.id, Map.of("gssCode", FieldChange.of(null, gss),
                    "month", FieldChange.of(null, m), "bedNights", FieldChange.of(before, nights)));
            return new Row(gss, m, nights);
        });
    }
}
