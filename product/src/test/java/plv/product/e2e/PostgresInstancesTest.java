package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import plv.product.ProductProcess;

/** Two instances started at the same moment on one PostgreSQL apply each migration once and both serve. */
class PostgresInstancesTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void twoInstancesStartingTogetherMigrateOnceAndBothServe() throws Exception {
        String schema = "plv_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = PG + "?currentSchema=" + schema;
        try (ProductProcess a = ProductProcess.start(ProductProcess.newHome("pg-a"), "-Dplv.db.url=" + url, "-Dplv.db.user=postgres");
                ProductProcess b = ProductProcess.start(ProductProcess.newHome("pg-b"), "-Dplv.db.url=" + url, "-Dplv.db.user=postgres")) {
            a.awaitHealthy(java.time.Duration.ofSeconds(120));
            b.awaitHealthy(java.time.Duration.ofSeconds(120));
            assertThat(a.get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(b.get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
            try (Connection c = admin().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT OWNER, VERSION, COUNT(*) FROM " + schema + ".PLV_SCHEMA_VERSION GROUP BY OWNER, VERSION")) {
                int migrations = 0;
                while (rs.next()) {
                    assertThat(rs.getInt(3)).as("%s V%d applied once", rs.getString(1), rs.getInt(2)).isEqualTo(1);
                    migrations++;
                }
                assertThat(migrations).isGreaterThanOrEqualTo(1);
            }
        } finally {
            try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(PG);
        ds.setUser("postgres");
        return ds;
    }
}
