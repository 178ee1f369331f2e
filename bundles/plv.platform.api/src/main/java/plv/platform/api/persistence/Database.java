package plv.platform.api.persistence;

import java.nio.file.Path;
import java.sql.Connection;
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

    /**
     * Runs {@code work} while holding the database-wide lock called {@code name}, so that of several nodes sharing
     * one PostgreSQL database (or several components of one node) only one runs work of that name at a time; the
     * others wait for it, then run theirs. Work that must happen once per database (demo data, the first
     * administrator) checks inside {@code work} whether it is already done: the node that comes second then finds
     * it done. A node that dies while holding the lock releases it (its connection ends). The same thread may take
     * the same lock again inside {@code work}. Use a name of your own bundle, e.g. {@code plv.board.demo}.
     *
     * @throws IllegalStateException when the lock cannot be had within 10 minutes
     */
    void exclusively(String name, Runnable work);

    /**
     * Announces to every other node sharing this database that data of {@code owner} (a bundle's symbolic name)
     * changed in the transaction open on {@code connection}; the announcement is delivered only if and when that
     * transaction commits (PostgreSQL NOTIFY). Does nothing on embedded Derby, which one node only can open.
     */
    void announceChange(Connection connection, String owner);

    /**
     * How many changes to data of {@code owner} other nodes have announced since this node started: a number that
     * grows whenever another node committed such a change (within milliseconds of the commit) and stays the same
     * otherwise. Always 0 on embedded Derby. Negative while this node cannot hear the others (the listening
     * connection is broken), which turns read caches off until it can again.
     */
    long changesElsewhere(String owner);
}
