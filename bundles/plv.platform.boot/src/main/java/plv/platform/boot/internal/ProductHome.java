package plv.platform.boot.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Lays out {@code plv.home} ({@code db/}, {@code logs/}, {@code deploy/}) and points the libraries that read plain
 * system properties at it: the log file, Derby's home, and the deploy folder watched for programme bundles. It runs at
 * start level 1, before slf4j's provider starts (level 2) and before File Install starts (level 3), and logs nothing
 * itself. SPI Fly's notices of each provider it registers (java.util.logging, INFO) are kept off the console: the
 * console shows the product's own lines and warnings.
 */
@Component(immediate = true)
public class ProductHome {

    /** Held so that the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger SPI_FLY = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    @Activate
    public ProductHome(BundleContext context) {
        SPI_FLY.setLevel(java.util.logging.Level.WARNING);
        String configured = context.getProperty("plv.home");
        Path home = Path.of(configured == null || configured.isBlank() ? "plv-home" : configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(home.resolve("logs"));
            Files.createDirectories(home.resolve("deploy"));
            Path probe = Files.createTempFile(home.resolve("logs"), ".writable", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw unusableHome(context, home, e);
        }
        keepPreviousLog(home.resolve("logs/plv.log"));
        setIfAbsent("plv.home", home.toString());
        setIfAbsent("felix.fileinstall.dir", home.resolve("deploy").toString());
        setIfAbsent("derby.system.home", home.toString());
        setIfAbsent("org.slf4j.simpleLogger.logFile", home.resolve("logs/plv.log").toString());
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    /**
     * plv.home cannot be used, so neither can the log in it: in the product ({@code plv.exitOnFatal=true}) one line on
     * standard error, the stack trace in a file in the temporary folder, exit code 3; under tests an exception.
     */
    private static RuntimeException unusableHome(BundleContext context, Path home, IOException e) {
        String message = "plv.home " + home + " cannot be created or written (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "): give a folder the user running PLV can write, with -Dplv.home=DIR";
        if (Boolean.parseBoolean(context.getProperty("plv.exitOnFatal"))) {
            String details = "";
            try {
                Path trace = Path.of(System.getProperty("java.io.tmpdir"), "plv-start-failure.log");
                java.io.StringWriter text = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(text));
                Files.writeString(trace, java.time.Instant.now() + " PLV cannot start: " + message + "\n" + text);
                details = " (details in " + trace + ")";
            } catch (IOException | RuntimeException ignored) {
                // the one line is what matters
            }
            System.err.println("PLV cannot start: " + message + details);
            System.err.flush();
            System.out.flush();
            Runtime.getRuntime().halt(3);
        }
        return new UncheckedIOException(message, e);
    }

    /** The logger starts a new file at each start; the previous run's file is kept under its start time. */
    private static void keepPreviousLog(Path log) {
        try {
            if (Files.size(log) > 0) {
                String stamp = Files.getLastModifiedTime(log).toInstant().toString().replace(':', '-');
                Files.move(log, log.resolveSibling("plv-" + stamp + ".log"));
            }
        } catch (java.nio.file.NoSuchFileException first) {
            // first start
        } catch (IOException e) {
            System.err.println("PLV: could not keep the previous log " + log + ": " + e.getMessage());
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
