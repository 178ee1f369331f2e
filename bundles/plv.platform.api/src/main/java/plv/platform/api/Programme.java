package plv.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The extension point of a commissioning programme. A programme bundle registers one service of this
 * type (usually with {@link ProgrammeType}); the core tracks them as a whiteboard, so dropping the bundle
 * into {@code plv.home/deploy/} adds the programme and removing it takes it away, without a restart.
 * The programme's pages and navigation are contributed as web whiteboard services
 * ({@link plv.platform.api.web.NavigationProvider}, servlets); its data lives in its own persistence
 * unit with its own migrations ({@code PersistenceUnits} of the persistence SPI, {@code plv.platform.spi.persistence}).
 * <p>
 * The programme kit (since 1.1): a programme whose {@link #overviewByShell()} is true gets its overview page at
 * {@link #path()}, its navigation entry and its key dates on the deadlines page from the shell, all rendered from this
 * service (identity, status, description, facts, participants and their cost shares, registers, reports, key dates). A
 * programme that needs only the common registers is then this one class, its demo data and its build file.
 */
@ConsumerType
public interface Programme {

    /** Who the programme is. */
    ProgrammeDescriptor descriptor();

    /** The registers it keeps. */
    default List<RegisterDescriptor> registers() {
        return List.of();
    }

    /** The reports it offers. */
    default List<ReportDescriptor> reports() {
        return List.of();
    }

    /**
     * Where its overview page is: by default {@code /programmes/<id>} when the shell renders it, and null (not known)
     * for a programme that serves its own pages and does not say where.
     */
    default String path() {
        return overviewByShell() ? "/programmes/" + descriptor().id() : null;
    }

    /**
     * True when the shell renders the overview page at {@link #path()} and its navigation entry from this service;
     * false (the default, as before 1.1) when the programme serves its own pages.
     */
    default boolean overviewByShell() {
        return false;
    }

    /** The lines of its summary on the overview page (beds, term, procurement model). */
    default List<ProgrammeFact> facts() {
        return List.of();
    }

    /** The authorities taking part, past and present. */
    default List<Participant> participants() {
        return List.of();
    }

    /** How its costs are shared among the participants, when they are. */
    default Optional<CostSharing> costSharing() {
        return Optional.empty();
    }

    /** Its key dates, shown on its overview page and on the deadlines page. */
    default List<KeyDate> keyDates() {
        return List.of();
    }
}
