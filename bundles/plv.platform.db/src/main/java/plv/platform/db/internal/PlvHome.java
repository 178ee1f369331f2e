package plv.platform.db.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** The product's home folder: {@code plv.home}, default {@code ./plv-home}. */
final class PlvHome {
    private PlvHome() {
    }

    static Path of(BundleContext context) {
        String home = context.getProperty("plv.home");
        return Path.of(home == null || home.isBlank() ? "plv-home" : home).toAbsolutePath().normalize();
    }
}
