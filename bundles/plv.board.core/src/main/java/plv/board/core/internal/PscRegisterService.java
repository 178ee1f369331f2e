package plv.board.core.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.PscEntry;
import plv.board.api.PscRegister;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.Store;

/**
 * The register of people with significant control (s790M). With more than thirty member councils holding one vote
 * each, no member holds more than 25% of the voting rights, so the demo's register holds the statement that there is
 * no registrable person or registrable relevant legal entity.
 */
@Component(service = PscRegister.class)
public final class PscRegisterService implements PscRegister {
    private final Store store;

    @Activate
    public PscRegisterService(@Reference BoardUnit unit) {
        this.store = unit.store;
    }

    @Override
    public List<PscEntry> entries(Actor actor) {
        Check.signedIn(actor);
        return store.read(em -> em.createQuery("select p from PscEntity p", PscEntity.class).getResultList().stream()
                .map(PscRegisterService::record)
                .sorted(Comparator.comparing((PscEntry p) -> p.ceasedOn() != null)
                        .thenComparing(PscEntry::enteredOn, Comparator.reverseOrder()))
                .toList());
    }

    @Override
    public PscEntry enter(Actor actor, PscEntry.Kind kind, String name, String address, String natureOfControl, LocalDate enteredOn) {
        Check.secretary(actor);
        boolean statement = kind == PscEntry.Kind.NO_REGISTRABLE_PERSON;
        new Check().required("kind", kind, "What is entered").required("enteredOn", enteredOn, "The date entered")
                .that(kind == null || statement || Check.trim(name) != null, "name", "Name the person or the legal entity.")
                .that(kind == null || statement || Check.trim(address) != null, "address",
                        "Give the service address (person) or registered office (legal entity).")
                .that(kind == null || statement || Check.trim(natureOfControl) != null, "natureOfControl",
                        "State the nature of the control (e.g. holds more than 25% of the voting rights).")
                .that(!statement || Check.trim(name) == null, "name", "The statement that there is no registrable person names nobody.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            List<PscEntry> current = em.createQuery("select p from PscEntity p", PscEntity.class).getResultList().stream()
                    // every entry not ended by then overlaps the new one, including those entered later
                    .map(PscRegisterService::record).filter(p -> p.ceasedOn() == null || p.ceasedOn().isAfter(enteredOn)).toList();
            check(kind, current);
            PscEntity p = new PscEntity();
            p.kind = kind.name();
            p.name = statement ? null : name.trim();
            p.address = statement ? null : address.trim();
            p.natureOfControl = statement ? PscEntry.NO_REGISTRABLE_PERSON_STATEMENT : natureOfControl.trim();
            p.enteredOn = enteredOn;
            em.persist(p);
            em.flush();
            audit.record("enter", "psc", p.id, Map.of("kind", FieldChange.of(null, p.kind), "name", FieldChange.of(null, p.name),
                    "enteredOn", FieldChange.of(null, enteredOn)));
            return record(p);
        });
    }

    /** The "no registrable person" statement cannot stand beside a current person or entity, nor be entered twice. */
    static void check(PscEntry.Kind kind, List<PscEntry> current) {
        boolean statementStands = current.stream().anyMatch(p -> p.kind() == PscEntry.Kind.NO_REGISTRABLE_PERSON);
        boolean someoneStands = current.stream().anyMatch(p -> p.kind() != PscEntry.Kind.NO_REGISTRABLE_PERSON);
        if (kind == PscEntry.Kind.NO_REGISTRABLE_PERSON && (statementStands || someoneStands)) {
            throw new ValidationException("kind", statementStands ? "The register already states that there is no registrable person."
                    : "A registrable person or legal entity is entered: cease that entry before stating there is none.");
        }
        if (kind != PscEntry.Kind.NO_REGISTRABLE_PERSON && statementStands) {
            throw new ValidationException("kind", "The register states that there is no registrable person: cease that"
                    + " statement on the day before entering a person or legal entity.");
        }
    }

    @Override
    public PscEntry cease(Actor actor, long id, LocalDate ceasedOn) {
        Check.secretary(actor);
        new Check().required("ceasedOn", ceasedOn, "The date it ceased").orThrow();
        return store.write(actor, (em, audit) -> {
            PscEntity p = em.find(PscEntity.class, id);
            if (p == null) {
                throw new NotFoundException("There is no entry " + id + " in the register of people with significant control.");
            }
            new Check().that(p.ceasedOn == null, "ceasedOn", "The entry already ceased on " + p.ceasedOn + ".")
                    .that(!ceasedOn.isBefore(p.enteredOn), "ceasedOn", "It cannot cease before it was entered on " + p.enteredOn + ".")
                    .orThrow();
            p.ceasedOn = ceasedOn;
            em.flush();
            audit.record("cease", "psc", p.id, Map.of("ceasedOn", FieldChange.of(null, ceasedOn)));
            return record(p);
        });
    }

    static PscEntry record(PscEntity p) {
        return new PscEntry(p.id, PscEntry.Kind.valueOf(p.kind), p.name, p.address, p.natureOfControl, p.enteredOn, p.ceasedOn);
    }
}
