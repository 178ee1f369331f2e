package plv.platform.api.persistence;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/** The product's one database: embedded Derby by default, PostgreSQL when configured. */
@ProviderType
public interface Database {

    DataSource dataSource();

    DatabaseKind kind();

    /** Where the database is, without credentials, e.g. {@code jdbc:derby:/srv/plv-home/db}. */
    String location();

    /** True when a connection can be opened and used now. */
    boolean reachable();

    /**
     * Applies the owner bundle's migrations ({@code V<n>__<description>.sql} files under {@code folder} in the
     * bundle) that are not applied yet, in version order, each in its own transaction, under a database-wide lock so
     * that several instances starting together apply each migration exactly once.
     *
     * @throws SchemaMismatchException when the database is newer than the bundle or an applied migration changed
     */
    List<SchemaVersion> migrate(Bundle owner, String folder);

    /** The schema version of every owner that has applied migrations. */
    List<SchemaVersion> schemaVersions();

    /**
     * Copies the database, while it is in use, to {@code target} (a new folder). Embedded Derby only.
     *
     * @return the folder that holds the copy
     */
    Path backup(Path target);
}
