package floor.derby;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The floor's only page, made truthful about an embedded Derby database: on activation it opens (creating it when
 * missing) the database in {@code plv.home/db}, or {@code user.dir/db} without plv.home, the way the product's
 * plv.platform.db does (EmbeddedDataSource, derby.system.home in the home, Derby's JMX management service off), and
 * creates one small table with one row when the database is new. {@code GET /health} then answers 200
 * {"status":"UP"} only when a {@code SELECT COUNT(*)} on that table succeeds, else 503 {"status":"DOWN"}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);
    /** Derby's SQLState for "table already exists". */
    private static final String TABLE_EXISTS = "X0Y32";

    private final transient EmbeddedDataSource dataSource;
    /** Closes the database on SIGTERM, as the product's clean shutdown does, so that the next start needs no recovery. */
    private final transient Thread shutdownHook = new Thread(this::shutdownDatabase, "floor-derby-shutdown");
    private volatile boolean opened;

    @Activate
    public HealthServlet(BundleContext context) {
        String property = context.getProperty("plv.home");
        Path home = Path.of(property == null || property.isBlank() ? System.getProperty("user.dir") : property).toAbsolutePath();
        // Derby reads these once, before its first connection (as the product sets them; the product writes the JMX
        // line into derby.properties, the same system-wide setting).
        System.setProperty("derby.system.home", home.toString());
        System.setProperty("derby.module.mgmt.jmx", "org.apache.derby.impl.services.jmxnone.NoManagementService");
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(home.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try {
                s.execute("CREATE TABLE floor_check (id INT PRIMARY KEY, note VARCHAR(40))");
                s.execute("INSERT INTO floor_check VALUES (1, 'floor')");
            } catch (SQLException e) {
                if (!TABLE_EXISTS.equals(e.getSQLState())) {
                    throw e;
                }
            }
            opened = true;
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (SQLException e) {
            LOG.error("Cannot open the database {}: {}", dataSource.getDatabaseName(), e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() {
        if (!opened) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            return; // the hook closes the database
        }
        shutdownDatabase();
    }

    private void shutdownDatabase() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(dataSource.getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection c = shutdown.getConnection()) {
            LOG.warn("Derby did not confirm shutdown");
        } catch (SQLException expected) {
            LOG.info("Derby database closed ({})", expected.getSQLState());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = false;
        if (opened) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM floor_check")) {
                up = r.next();
            } catch (SQLException e) {
                LOG.warn("/health: {}", e.getMessage());
            }
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
