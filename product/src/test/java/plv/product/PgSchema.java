package plv.product;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.postgresql.ds.PGSimpleDataSource;

/** A schema of its own in the local PostgreSQL (database {@code test}, user postgres) for one test; close drops it. */
public final class PgSchema implements AutoCloseable {

    public static final String SERVER = System.getProperty("plv.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    public final String name;

    public PgSchema(String prefix) {
        this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The product's {@code -Dplv.db.*} settings for this schema. */
    public String[] settings() {
        return new String[] {"-Dplv.db.url=" + url(), "-Dplv.db.user=postgres"};
    }

    public String url() {
        return SERVER + "?currentSchema=" + name;
    }

    /** The one number {@code sql} answers, with {@code %s} replaced by the schema name. */
    public long count(String sql) throws SQLException {
        try (Connection c = admin().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql.replace("%s", name))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql.replace("%s", name));
        }
    }

    public static PGSimpleDataSource admin() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(SERVER);
        ds.setUser("postgres");
        ds.setConnectTimeout(5);
        return ds;
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA IF EXISTS %s CASCADE");
    }
}
