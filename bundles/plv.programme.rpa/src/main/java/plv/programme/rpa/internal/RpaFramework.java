package plv.programme.rpa.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.persistence.Database;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;
import plv.procurement.api.Admission;
import plv.procurement.api.AdmissionStatus;
import plv.procurement.api.Arrangement;
import plv.procurement.api.ProcurementModel;
import plv.procurement.api.Procurements;

/**
 * The programme's framework, kept by the commissioning area's procurement model (arrangement {@value #REFERENCE}):
 * its admitted providers, their applications and its call-offs. The first release kept the admitted providers in the
 * programme's own {@code PRG_RPA_PROVIDER} table; on start, any provider there that the framework has not admitted is
 * carried over into it (under a database lock, so nodes starting together carry it over once). The table is kept as it
 * was, read only, so nothing of the first release is lost (a later release may drop it); a process killed half-way
 * carries over the rest on its next start, since providers already admitted are skipped.
 */
@Component(service = RpaFramework.class)
public class RpaFramework {

    static final String REFERENCE = "RPA-FW";
    static final String TITLE = "Residential Parenting Assessments framework";

    private final Procurements procurements;

    @Activate
    public RpaFramework(BundleContext context, @Reference PersistenceUnits units, @Reference Procurements procurements,
            @Reference Database database) {
        this.procurements = procurements;
        Store legacy = units.open(new UnitSpec(context.getBundle(), List.of(ProviderEntity.class), "db/migration"));
        try {
            database.exclusively("plv.programme.rpa.framework", () -> carryOver(legacy));
        } finally {
            legacy.close();
        }
    }

    /** The framework, once set up. */
    Optional<Arrangement> framework() {
        return procurements.arrangements(Actor.system(), ResidentialParentingAssessments.ID).stream()
                .filter(a -> a.model() == ProcurementModel.FRAMEWORK).findFirst();
    }

    /** The providers admitted to the framework, by name. */
    List<Admission> admitted() {
        return framework().map(a -> a.admissions().stream().filter(x -> x.status() == AdmissionStatus.ADMITTED)
                .sorted(Comparator.comparing(x -> x.providerName().toLowerCase(Locale.UK))).toList()).orElse(List.of());
    }

    private void carryOver(Store legacy) {
        if (!legacy.anyRow("PRG_RPA_PROVIDER")) {
            return; // nothing from the first release (checked without building the persistence unit)
        }
        List<ProviderEntity> rows = legacy.read(em -> em.createQuery("SELECT p FROM ProviderEntity p ORDER BY p.admittedOn, p.name",
                ProviderEntity.class).getResultList());
        if (rows.isEmpty()) {
            return;
        }
        Actor system = Actor.system();
        LocalDate lastAdmitted = rows.get(rows.size() - 1).admittedOn;
        Arrangement framework = framework().orElseGet(() -> procurements.create(system, ResidentialParentingAssessments.ID, REFERENCE, TITLE,
                ProcurementModel.FRAMEWORK.id(), lastAdmitted.plusDays(1).toString(), "",
                List.of("Admitted to the framework before the suite kept its admissions (carried over from the programme's own list)")));
        int carried = 0;
        for (ProviderEntity p : rows) {
            boolean already = framework.admissions().stream().anyMatch(x -> x.status() == AdmissionStatus.ADMITTED
                    && (x.providerName().equalsIgnoreCase(p.name.strip())
                            || p.registrationNumber != null && p.registrationNumber.equalsIgnoreCase(x.registrationNumber())));
            if (!already) {
                // a framework takes applications before it opens: the application is dated then, the admission as it was
                LocalDate applied = p.admittedOn.isBefore(framework.opensOn()) ? p.admittedOn : framework.opensOn().minusDays(1);
                Admission a = procurements.apply(system, framework.id(), p.name, p.registrationNumber, applied.toString());
                procurements.decide(system, framework.id(), a.id(), allCriteria(framework), p.admittedOn.toString());
                carried++;
            }
        }
        if (carried > 0) {
            int n = carried;
            legacy.write(system, (em, audit) -> {
                audit.record("carry-over", "rpa-provider", 0L, Map.of("providers", FieldChange.of(null, n),
                        "framework", FieldChange.of(null, framework.reference())));
                return null;
            });
        }
    }

    private static Set<Integer> allCriteria(Arrangement a) {
        return java.util.stream.IntStream.rangeClosed(1, a.criteria().size()).boxed().collect(java.util.stream.Collectors.toSet());
    }
}
