package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.itest.platform.Itest;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * The Residential Parenting Assessments bundle added to and taken out of a running product, core untouched: uninstalled,
 * then installed and started from its jar, its programme, its own navigation and the commissioning registers listed
 * under it appear; stopped, all of them go; started again, they are back.
 */
@ExtendWith(ServiceExtension.class)
class ProgrammeBundleLifecycleTest {

    static final String ID = "residential-parenting-assessments";

    @Test
    void installStartStopAndStartAgain(@InjectService(timeout = 30_000) ProgrammeRegistry registry) throws Exception {
        BundleContext context = Itest.context();
        // the product ships it; take it out first, so that what follows installs it into the running framework
        Arrays.stream(context.getBundles()).filter(b -> "plv.programme.rpa".equals(b.getSymbolicName())).findFirst()
                .ifPresent(ProgrammeBundleLifecycleTest::uninstall);
        assertThat(Itest.eventually(30, () -> registry.programme(ID).isEmpty())).as("programme gone when uninstalled").isTrue();

        Bundle rpa = install(context);
        try {
            rpa.start();
            assertThat(Itest.eventually(30, () -> registry.programme(ID).isPresent())).as("programme registered").isTrue();
            assertThat(Itest.eventually(30, () -> paths().containsAll(List.of("/programmes/rpa", "/programmes/rpa/providers",
                    "/commissioning/" + ID + "/contracts", "/commissioning/" + ID + "/risks")))).as("navigation: %s", paths()).isTrue();
            assertThat(Itest.healthDetails().body()).contains("\"id\":\"" + ID + "\"");

            rpa.stop();
            assertThat(Itest.eventually(30, () -> registry.programme(ID).isEmpty())).as("programme gone when stopped").isTrue();
            assertThat(paths()).noneMatch(p -> p.contains("rpa") || p.contains(ID));
            assertThat(Itest.healthDetails().body()).doesNotContain(ID);
        } finally {
            rpa.start();
        }
        assertThat(Itest.eventually(30, () -> registry.programme(ID).isPresent())).as("programme back when started again").isTrue();
        assertThat(Itest.eventually(30, () -> paths().contains("/commissioning/" + ID + "/risks"))).isTrue();
    }

    private static void uninstall(Bundle b) {
        try {
            b.uninstall();
        } catch (org.osgi.framework.BundleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Installs the bundle from its built jar. */
    private static Bundle install(BundleContext context) {
        try {
            String jar = Itest.property("plv.itest.rpaProgramme");
            return context.installBundle(new java.io.File(jar).toURI().toString());
        } catch (org.osgi.framework.BundleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every path in the navigation now, from every provider's entries. */
    private static List<String> paths() {
        BundleContext context = Itest.context();
        List<String> out = new ArrayList<>();
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(NavigationProvider.class.getName(), null);
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                Object service = context.getService(ref);
                if (service instanceof NavigationProvider p) {
                    p.entries().stream().map(NavigationEntry::path).forEach(out::add);
                }
                context.ungetService(ref);
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
