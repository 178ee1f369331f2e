package plv.platform.db.internal;

import org.osgi.framework.BundleContext;

/**
 * A setting that makes starting impossible. In the product ({@code plv.exitOnFatal=true}) it prints one line that says
 * what was tried and what to fix, and ends the process with exit code 3 instead of a wall of stack traces; under
 * tests it is an ordinary exception.
 */
final class StartupFailure {

    static final int EXIT_CODE = 3;

    private StartupFailure() {
    }

    static RuntimeException fail(BundleContext context, String message) {
        if (Boolean.parseBoolean(context.getProperty("plv.exitOnFatal"))) {
            System.err.println("PLV cannot start: " + message);
            System.err.flush();
            System.out.flush();
            // halt, not exit: exit would run the framework's shutdown while this thread holds SCR's activation lock.
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        return new IllegalStateException(message);
    }
}
