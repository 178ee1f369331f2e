package plv.platform.core.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * On SIGTERM or Ctrl-C the JVM runs shutdown hooks but nobody stops the framework, so bundles (and the database)
 * would not close. This hook stops the framework and waits for it.
 */
@Component(immediate = true)
public class CleanShutdown {

    private final Thread hook;

    @Activate
    public CleanShutdown(BundleContext context) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_ID);
        this.hook = new Thread(() -> stop(system), "plv-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Deactivate
    void deactivate() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook itself is stopping us
        }
    }

    private static void stop(Bundle system) {
        try {
            system.stop();
            if (system instanceof Framework framework) {
                framework.waitForStop(30_000);
            }
        } catch (BundleException | InterruptedException e) {
            System.err.println("PLV: clean shutdown incomplete: " + e.getMessage());
        }
    }
}
