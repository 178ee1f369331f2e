package plv.platform.core.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.HttpServiceRuntimeConstants;

/**
 * The product's one line on the console once its web server listens: where to open it, and where its home and log
 * are. Printed once per process, by the product only ({@code plv.exitOnFatal=true}); tests and the log are not
 * concerned.
 */
@Component(immediate = true)
public class ListeningNotice {

    private static final AtomicBoolean SHOWN = new AtomicBoolean();

    @Activate
    public ListeningNotice(BundleContext context, @Reference ServiceReference<HttpServiceRuntime> runtime) {
        String endpoints = endpoints(runtime.getProperty(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT));
        if (!endpoints.isEmpty() && Boolean.parseBoolean(context.getProperty("plv.exitOnFatal")) && SHOWN.compareAndSet(false, true)) {
            String home = System.getProperty("plv.home", context.getProperty("plv.home"));
            System.out.println("PLV Governance Suite: listening on " + endpoints + " (home " + home + ", log " + home
                    + java.io.File.separator + "logs" + java.io.File.separator + "plv.log)");
            System.out.flush();
        }
    }

    /** The endpoint property is a String or a String[] (or a collection) of URLs. */
    static String endpoints(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof String[] a) {
            return String.join(", ", a);
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value == null ? "" : Arrays.toString(new Object[] { value });
    }
}
