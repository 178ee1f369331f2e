package plv.platform.core.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the product's own settings {@code plv.http.port} (default 8080) and {@code plv.http.host} (default 127.0.0.1,
 * so nothing is exposed unless asked) into the configuration of the Jetty HTTP service. Jetty starts with its listener
 * disabled and opens it once this configuration arrives.
 */
@Component(immediate = true)
public class HttpSettings {

    static final String PID = "org.apache.felix.http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpSettings.class);

    @Activate
    public HttpSettings(BundleContext context, @Reference ConfigurationAdmin configAdmin) throws IOException {
        String port = value(context, "plv.http.port", "8080");
        String host = value(context, "plv.http.host", "127.0.0.1");
        Configuration config = configAdmin.getConfiguration(PID, "?");
        Dictionary<String, Object> current = config.getProperties();
        if (current != null && Objects.equals(current.get("org.osgi.service.http.port"), port)
                && Objects.equals(current.get("org.apache.felix.http.host"), host)
                && "true".equals(current.get("org.apache.felix.http.enable"))) {
            return; // already applied: Jetty holds the port now
        }
        checkFree(context, host, port);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("org.osgi.service.http.port", port);
        props.put("org.apache.felix.http.host", host);
        props.put("org.apache.felix.http.enable", "true");
        props.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        props.put("org.apache.felix.http.session.timeout", value(context, "plv.session.timeout.minutes", "30"));
        config.update(props);
        LOG.info("HTTP on {}:{}", host, port);
    }

    /**
     * Jetty only logs a port it cannot open and keeps the process running with no listener; so try the address first
     * and, in the product ({@code plv.exitOnFatal=true}), end with one line on standard error and exit code 3.
     */
    static void checkFree(BundleContext context, String host, String port) {
        int number;
        try {
            number = Integer.parseInt(port);
            if (number < 0 || number > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw fatal(context, "plv.http.port=" + port + " is not a port number: give a number from 1 to 65535, e.g. -Dplv.http.port=8080", null);
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, number));
        } catch (IOException e) {
            throw fatal(context, "port " + port + " on " + host + " is in use or cannot be opened (" + e.getMessage()
                    + "): stop the program using it, or choose another with -Dplv.http.port=N", e);
        }
    }

    private static RuntimeException fatal(BundleContext context, String message, Exception cause) {
        LOG.error("PLV cannot start: {}", message, cause);
        if (Boolean.parseBoolean(context.getProperty("plv.exitOnFatal"))) {
            System.err.println("PLV cannot start: " + message);
            System.err.flush();
            System.out.flush();
            Runtime.getRuntime().halt(3);
        }
        return new IllegalStateException(message, cause);
    }

    private static String value(BundleContext context, String key, String fallback) {
        String v = context.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
