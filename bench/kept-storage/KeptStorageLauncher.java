import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * A prototype, for bench/kept-storage.sh only: starts the bundles of an unpacked plv.jar the way bnd's launcher does
 * (its launcher.properties: run properties, bundles, start levels), but keeps the framework storage in
 * plv.home/framework between starts and installs each bundle by reference (Felix does not copy it), installing or
 * updating a bundle only when it is new or its file changed. Not the product's launcher: no handling of a killed
 * install, of Configuration Admin's persisted state, or of bundles that went away between versions beyond uninstalling.
 */
public class KeptStorageLauncher {
    public static void main(String[] args) throws Exception {
        Path unpacked = Path.of(System.getProperty("kept.unpacked"));
        Properties launch = new Properties();
        try (InputStream in = Files.newInputStream(unpacked.resolve("launcher.properties"))) {
            launch.load(in);
        }
        Map<String, String> config = new HashMap<>();
        for (String k : launch.stringPropertyNames()) {
            if (!k.startsWith("launch.")) {
                config.put(k, launch.getProperty(k));
            }
        }
        for (String k : System.getProperties().stringPropertyNames()) {
            config.put(k, System.getProperty(k));
        }
        Path home = Path.of(System.getProperty("plv.home"));
        config.put(Constants.FRAMEWORK_STORAGE, home.resolve("framework").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, "none");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            installed.put(b.getLocation(), b);
        }
        Map<String, Integer> levels = new HashMap<>();
        for (String clause : launch.getProperty("launch.runbundles.attrs").split(",(?=[a-zA-Z])")) {
            int at = clause.indexOf("startlevel=");
            if (at > 0) {
                levels.put(clause.substring(0, clause.indexOf(';')), Integer.parseInt(clause.substring(at + 11).replaceAll("[^0-9].*", "")));
            }
        }
        int level = Integer.parseInt(launch.getProperty("launch.startlevel.default", "4"));
        List<Bundle> toStart = new ArrayList<>();
        int changed = 0;
        for (String path : launch.getProperty("launch.bundles").split(",")) {
            Path file = unpacked.resolve(path);
            String location = "reference:" + file.toUri();
            Bundle b = installed.remove(location);
            if (b == null) {
                b = context.installBundle(location);
                changed++;
            } else if (b.getLastModified() < Files.getLastModifiedTime(file).toMillis()) {
                b.update();
                changed++;
            }
            b.adapt(BundleStartLevel.class).setStartLevel(levels.getOrDefault(b.getSymbolicName(), level));
            if (b.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                toStart.add(b);
            }
        }
        for (Bundle gone : installed.values()) {
            if (gone.getBundleId() != 0 && gone.getLocation().startsWith("reference:")) {
                gone.uninstall();
                changed++;
            }
        }
        for (Bundle b : toStart) {
            b.start(Bundle.START_ACTIVATION_POLICY);
        }
        System.err.println("kept-storage launcher: " + changed + " bundles installed or updated");
        framework.start();
        framework.waitForStop(0);
        System.exit(0);
    }
}
