package plv.platform.core.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code -Dplv.help=true}: prints the settings the product reads, then ends. */
@Component(immediate = true)
public class ProductHelp {

    static final String TEXT = """
            PLV Governance Suite
              java [settings] -jar plv.jar

            Settings (Java system properties, -Dname=value):
              plv.home=DIR            data, logs and the deploy/ folder (default ./plv-home)
              plv.http.port=N         HTTP port (default 8080)
              plv.http.host=HOST      address to listen on (default 127.0.0.1; 0.0.0.0 for all)
              plv.http.secure=true    served over HTTPS (e.g. behind a TLS proxy): Secure cookies, HSTS
              plv.http.idleTimeoutSeconds=N
                                      close a connection that sends or reads nothing for N s (1-3600, default 20)
              plv.demo=true           load the demo data into an empty database
              plv.db.url=URL          empty: embedded Derby in plv.home/db;
                                      PostgreSQL: jdbc:postgresql://host:5432/db[?currentSchema=plv]
              plv.db.user=NAME        database user (PostgreSQL)
              plv.db.password=SECRET  database password (PostgreSQL)
              plv.db.restoreFrom=DIR  restore the embedded database from a backup folder made by plv:backup
              plv.admin.user=NAME and plv.admin.password=SECRET
                                      create the first company secretary account if there is no user yet
              plv.command="CMD"       run one shell command (e.g. "plv:backup /srv/backups/today"), print its result, stop
              plv.help=true           print this text and stop

            Bundles (and .cfg configuration files) dropped into plv.home/deploy/ are installed while running.
            """;

    @Activate
    public ProductHelp(BundleContext context) {
        if (Boolean.parseBoolean(context.getProperty("plv.help"))) {
            System.out.print(TEXT);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
