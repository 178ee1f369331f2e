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
 * disabled and opens it once this configuration arrives. Also Jetty's idle timeout ({@code plv.http.idleTimeoutSeconds},
 * default 20) and the session timeout ({@code plv.session.timeout.minutes}, default 30); a change of either on a
 * restart is applied too.
 */
@Component(immediate = true)
public class HttpSettings {

    static final String PID = "org.apache.felix.http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpSettings.class);

    /** The longest a connection may send or read nothing before Jetty closes it, unless {@code plv.http.idleTimeoutSeconds} says. */
    static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 20;

    @Activate
    public HttpSettings(BundleContext context, @Reference ConfigurationAdmin configAdmin) throws IOException {
        String port = value(context, "plv.http.port", "8080");
        String host = value(context, "plv.http.host", "127.0.0.1");
        Dictionary<String, Object> props = jettyProperties(port, host,
                idleTimeoutMillis(context, value(context, "plv.http.idleTimeoutSeconds", String.valueOf(DEFAULT_IDLE_TIMEOUT_SECONDS))),
                value(context, "plv.session.timeout.minutes", "30"));
        Configuration config = configAdmin.getConfiguration(PID, "?");
        Dictionary<String, Object> current = config.getProperties();
        if (sameAs(current, props)) {
            return; // already applied: Jetty holds the port now
        }
        boolean listenerChanges = current == null || !Objects.equals(current.get("org.osgi.service.http.port"), port)
                || !Objects.equals(current.get("org.apache.felix.http.host"), host)
                || !"true".equals(current.get("org.apache.felix.http.enable"));
        if (listenerChanges) {
            checkFree(context, host, port); // a changed timeout alone: Jetty already holds this address
        }
        config.update(props);
        LOG.info("HTTP on {}:{}", host, port);
    }

    /** What Jetty is configured with: the listener, the idle timeout in milliseconds and the session timeout in minutes. */
    static Dictionary<String, Object> jettyProperties(String port, String host, String idleTimeoutMillis, String sessionMinutes) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("org.osgi.service.http.port", port);
        props.put("org.apache.felix.http.host", host);
        props.put("org.apache.felix.http.enable", "true");
        props.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        // a client that stops sending a body, or never sends its request, holds a request thread this long (Felix's
        // default is 60 s); an idle kept-alive connection is closed after it too
        props.put("org.apache.felix.http.timeout", idleTimeoutMillis);
        props.put("org.apache.felix.http.session.timeout", sessionMinutes);
        return props;
    }

    /** {@code seconds} (1 to 3,600) as the milliseconds Jetty takes; anything else ends the start naming the setting. */
    static String idleTimeoutMillis(BundleContext context, String seconds) {
        try {
            int n = Integer.parseInt(seconds);
            if (n >= 1 && n <= 3600) {
                return String.valueOf(n * 1000L);
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw fatal(context, "plv.http.idleTimeoutSeconds=" + seconds + " is not a number of seconds from 1 to 3600:"
                + " give e.g. -Dplv.http.idleTimeoutSeconds=" + DEFAULT_IDLE_TIMEOUT_SECONDS, null);
    }

    private static boolean sameAs(Dictionary<String, Object> current, Dictionary<String, Object> wanted) {
        if (current == null) {
            return false;
        }
        for (String key : java.util.Collections.list(wanted.keys())) {
            if (!Objects.equals(current.get(key), wanted.get(key))) {
                return false;
            }
        }
        return true;
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
        if (context != null && Boolean.parseBoolean(context.getProperty("plv.exitOnFatal"))) {
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
