package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.SchemaVersion;

/**
 * Issue 16: on PostgreSQL every foreign key has an index whose leading columns are the key's columns (PostgreSQL does not
 * create one for the referencing side, so deleting or locking a parent row and joining parent to children scan the
 * child table; Derby backs every foreign key with an index by itself). Lists those without one in this run's schema.
 */
@ExtendWith(ServiceExtension.class)
class ForeignKeyIndexTest {

    /** Foreign keys of the current schema none of whose indexes starts with all the key's columns. */
    static final String UNINDEXED = """
            SELECT c.conrelid::regclass::text AS tbl, c.conname,
                   (SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a
                     WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)) AS cols
              FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
             WHERE c.contype = 'f' AND n.nspname = current_schema()
               AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                     AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey)
             ORDER BY 1, 2""";

    @InjectService(timeout = 30_000)
    static Database database;

    @Test
    void everyForeignKeyHasAnIndex() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(Itest.property("plv.itest.db")), "PostgreSQL run only: Derby indexes every foreign key");
        // the programme bundles migrate as they start: wait for the last owners to be there
        assertThat(Itest.eventually(60, () -> database.schemaVersions().contains(new SchemaVersion("plv.programme.sch", 4))
                && database.schemaVersions().contains(new SchemaVersion("plv.commissioning.core", 5))))
                .as("schema versions: %s", database.schemaVersions()).isTrue();
        List<String> missing = new ArrayList<>();
        int foreignKeys;
        try (Connection c = database.dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(UNINDEXED); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    missing.add(rs.getString(1) + "(" + rs.getString(3) + ") [" + rs.getString(2) + "]");
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                    + " WHERE c.contype = 'f' AND n.nspname = current_schema()"); ResultSet rs = s.executeQuery()) {
                rs.next();
                foreignKeys = rs.getInt(1);
            }
        }
        assertThat(foreignKeys).as("the test looks at this run's schema, which has foreign keys").isGreaterThan(20);
        assertThat(missing).as("foreign keys without an index whose leading columns are the key's; add a CREATE INDEX migration to the"
                + " owning bundle").isEmpty();
    }
}
