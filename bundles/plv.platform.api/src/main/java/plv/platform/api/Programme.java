package plv.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The extension point of a commissioning programme. A programme bundle registers one service of this
 * type (usually with {@link ProgrammeType}); the core tracks them as a whiteboard, so dropping the bundle
 * into {@code plv.home/deploy/} adds the programme and removing it takes it away, without a restart.
 * The programme's pages and navigation are contributed as web whiteboard services
 * ({@link plv.platform.api.web.NavigationProvider}, servlets); its data lives in its own persistence
 * unit with its own migrations ({@link plv.platform.api.persistence.PersistenceUnits}).
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
}
