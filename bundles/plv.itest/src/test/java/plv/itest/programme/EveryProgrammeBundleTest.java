package plv.itest.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import plv.itest.platform.Itest;
import plv.platform.api.Actor;
import plv.platform.api.Programme;
import plv.platform.api.Role;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * Every programme bundle in the build ({@code bundles/plv.programme.*}), one after the other, added to and taken out of
 * the running product: installed from its jar and started, its programme is in the registry, in {@code /api/programmes}
 * (with its participants) and in the health report; stopped and uninstalled, it is gone from all three and has left no
 * navigation entry, dashboard panel item or deadline behind. A bundle the product ships is put back as it was.
 */
class EveryProgrammeBundleTest {

    private static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);

    @TestFactory
    Stream<DynamicTest> everyProgrammeBundleComesAndGoesCleanly() throws IOException {
        List<Path> jars = programmeJars();
        assertThat(jars).as("programme bundles built under %s", Itest.property("plv.itest.bundles"))
                .extracting(p -> p.getFileName().toString()).contains("plv.programme.rpa-0.1.0-SNAPSHOT.jar",
                        "plv.programme.example-0.1.0-SNAPSHOT.jar");
        return jars.stream().map(jar -> DynamicTest.dynamicTest(jar.getFileName().toString(), () -> comesAndGoes(jar)));
    }

    /** {@code bundles/plv.programme.<x>/target/plv.programme.<x>-<version>.jar} for every programme module built. */
    static List<Path> programmeJars() throws IOException {
        Path bundles = Path.of(Itest.property("plv.itest.bundles"));
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("plv.programme.")).sorted().toList()) {
                String name = dir.getFileName().toString();
                Path jar = dir.resolve("target").resolve(name + "-0.1.0-SNAPSHOT.jar");
                if (Files.isRegularFile(jar)) {
                    out.add(jar);
                }
            }
        }
        return out;
    }

    private static void comesAndGoes(Path jar) throws Exception {
        BundleContext context = Itest.context();
        String bsn;
        try (JarFile f = new JarFile(jar.toFile())) {
            bsn = f.getManifest().getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
        }
        Optional<Bundle> shipped = Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst();
        boolean wasActive = shipped.map(b -> b.getState() == Bundle.ACTIVE).orElse(false);
        if (shipped.isPresent()) {
            shipped.get().uninstall();
        }
        assertThat(Itest.eventually(30, () -> programmesOf(bsn).isEmpty())).isTrue();
        TreeSet<String> navigation = navigation();
        TreeSet<String> panels = panels();
        TreeSet<String> deadlines = deadlines();

        Bundle bundle = context.installBundle(jar.toUri().toString());
        try {
            bundle.start();
            assertThat(Itest.eventually(60, () -> !programmeIds(bundle).isEmpty())).as("%s registers a programme", bsn).isTrue();
            List<String> ids = programmeIds(bundle);
            for (String id : ids) {
                assertThat(Itest.eventually(30, () -> body("/api/programmes").contains("\"id\":\"" + id + "\"")))
                        .as("%s in /api/programmes", id).isTrue();
                assertThat(body("/api/programmes")).contains("\"participants\":");
                assertThat(Itest.healthDetails().body()).as("%s in /health", id).contains("\"id\":\"" + id + "\"");
            }
            bundle.stop();
            bundle.uninstall();
            for (String id : ids) {
                assertThat(Itest.eventually(30, () -> !body("/api/programmes").contains("\"id\":\"" + id + "\"")))
                        .as("%s gone from /api/programmes", id).isTrue();
                assertThat(Itest.healthDetails().body()).as("%s gone from /health", id).doesNotContain("\"id\":\"" + id + "\"");
            }
            assertThat(navigation()).as("navigation after %s went", bsn).isEqualTo(navigation);
            assertThat(panels()).as("dashboard panels after %s went", bsn).isEqualTo(panels);
            assertThat(deadlines()).as("deadlines after %s went", bsn).isEqualTo(deadlines);
        } finally {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
            if (shipped.isPresent()) {
                Bundle back = context.installBundle(new File(jar.toString()).toURI().toString());
                if (wasActive) {
                    back.start();
                }
            }
        }
    }

    private static String body(String path) {
        try {
            var r = Itest.getAsSecretary(path);
            assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> programmeIds(Bundle bundle) {
        ServiceReference<?>[] refs = bundle.getRegisteredServices();
        List<String> out = new ArrayList<>();
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            if (Arrays.asList((String[]) ref.getProperty("objectClass")).contains(Programme.class.getName())) {
                Object s = Itest.context().getService(ref);
                if (s instanceof Programme p) {
                    out.add(p.descriptor().id());
                }
                Itest.context().ungetService(ref);
            }
        }
        return out;
    }

    private static List<String> programmesOf(String bsn) {
        return Arrays.stream(Itest.context().getBundles()).filter(b -> bsn.equals(b.getSymbolicName()))
                .flatMap(b -> programmeIds(b).stream()).toList();
    }

    private static <S> List<S> services(Class<S> type) {
        BundleContext context = Itest.context();
        List<S> out = new ArrayList<>();
        try {
            for (ServiceReference<S> ref : context.getServiceReferences(type, null)) {
                S s = context.getService(ref);
                if (s != null) {
                    out.add(s);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static TreeSet<String> navigation() {
        TreeSet<String> out = new TreeSet<>();
        services(NavigationProvider.class).forEach(p -> p.entries().stream().map(NavigationEntry::path).forEach(out::add));
        return out;
    }

    private static TreeSet<String> panels() {
        TreeSet<String> out = new TreeSet<>();
        for (DashboardPanel p : services(DashboardPanel.class)) {
            out.add(p.title());
            p.items(SECRETARY).forEach(i -> out.add(p.title() + ": " + i.text()));
        }
        return out;
    }

    private static TreeSet<String> deadlines() {
        TreeSet<String> out = new TreeSet<>();
        LocalDate today = LocalDate.now();
        for (DeadlineSource s : services(DeadlineSource.class)) {
            s.deadlines(SECRETARY, today.minusYears(2), today.plusYears(6)).stream().map(Deadline::uid).forEach(out::add);
        }
        return out;
    }
}
