package plv.board.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The register of people with significant control (s790M): registrable individuals, registrable relevant legal
 * entities, or the statement that there is none. Changes are the secretary's; the register is public.
 */
@ProviderType
public interface PscRegister {

    /** Every entry, current ones first. */
    List<PscEntry> entries(Actor actor);

    /**
     * Enters a person or entity, or (kind {@link PscEntry.Kind#NO_REGISTRABLE_PERSON}, no name) the statement that there
     * is none. Refused when the statement would stand beside a current person or entity, or the other way round.
     */
    PscEntry enter(Actor actor, PscEntry.Kind kind, String name, String address, String natureOfControl, LocalDate enteredOn);

    /** Ends an entry on {@code ceasedOn}; it stays in the register with that date. */
    PscEntry cease(Actor actor, long id, LocalDate ceasedOn);
}
