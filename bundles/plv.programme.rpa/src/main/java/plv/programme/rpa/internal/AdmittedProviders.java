package plv.programme.rpa.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.persistence.PersistenceUnits;
import plv.platform.api.persistence.Store;
import plv.platform.api.persistence.UnitSpec;

/**
 * The framework's admitted providers, in the programme's own PRG_RPA_ table: a framework admits suppliers, and its
 * call-offs may go only to them. Admission is a list of its own, not a contract: the framework agreement is one, and
 * each call-off another, in the commissioning area's contract register.
 */
@Component(service = AdmittedProviders.class)
public class AdmittedProviders {

    private final Store store;

    @Activate
    public AdmittedProviders(BundleContext context, @Reference PersistenceUnits units) {
        this.store = units.open(new UnitSpec(context.getBundle(), List.of(ProviderEntity.class), "db/migration"));
    }

    @Deactivate
    void close() {
        store.close();
    }

    List<AdmittedProvider> list() {
        return store.read(em -> em.createQuery("SELECT p FROM ProviderEntity p ORDER BY p.name", ProviderEntity.class).getResultList()
                .stream().map(AdmittedProvider::of).toList());
    }

    /** The admitted provider with this registration number, or else this name (case and spacing ignored). */
    Optional<AdmittedProvider> find(String name, String registrationNumber) {
        String reg = normal(registrationNumber);
        String n = normal(name);
        return list().stream().filter(p -> !reg.isEmpty() && normal(p.registrationNumber()).equals(reg) || normal(p.name()).equals(n))
                .findFirst();
    }

    /** Admits a provider: commissioning officers and the secretary only; refuses a name already admitted. */
    AdmittedProvider admit(Actor actor, String name, String registrationNumber, String admittedOn) {
        if (!actor.hasAnyRole(Role.COMMISSIONING_OFFICER, Role.SECRETARY)) {
            throw new AccessDeniedException("Only commissioning officers and the company secretary admit providers to the framework.");
        }
        List<FieldError> errors = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            errors.add(new FieldError("name", "Provider name is required, in 200 characters or fewer."));
        } else if (find(n, null).isPresent()) {
            errors.add(new FieldError("name", n + " is already admitted to the framework."));
        }
        String reg = registrationNumber == null ? "" : registrationNumber.strip();
        if (reg.length() > 40) {
            errors.add(new FieldError("registrationNumber", "Registration number is " + reg.length() + " characters long; shorten it to 40 or fewer."));
        }
        LocalDate admitted = null;
        try {
            admitted = LocalDate.parse(admittedOn == null ? "" : admittedOn.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("admittedOn", "Admitted on '" + admittedOn + "' is not a date; write it as YYYY-MM-DD, e.g. 2023-09-01."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ProviderEntity e = new ProviderEntity();
        e.name = n;
        e.registrationNumber = reg.isEmpty() ? null : reg;
        e.admittedOn = admitted;
        return store.write(actor, (em, audit) -> {
            em.persist(e);
            em.flush();
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("name", FieldChange.of(null, e.name));
            changes.put("registrationNumber", FieldChange.of(null, e.registrationNumber));
            changes.put("admittedOn", FieldChange.of(null, e.admittedOn));
            audit.record("admit", "rpa-provider", e.id, changes);
            return AdmittedProvider.of(e);
        });
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
