package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * Issue 14 (start-up): the web server the product runs is Felix HTTP Jetty 12 re-packed without the optional
 * ServiceLoader-processor requirement (bundles/org.apache.felix.http.jetty12), so SPI Fly, which decides by that
 * requirement, does not rewrite Jetty's classes as they load; slf4j, which does need SPI Fly, still asks for it.
 */
@ExtendWith(BundleContextExtension.class)
class WebServerBundleTest {

    private static final String PROCESSOR = "osgi.serviceloader.processor";

    @Test
    void jettyRunsWithoutTheServiceLoaderProcessorRequirement(@InjectBundleContext BundleContext context) {
        Bundle jetty = bundle(context, "org.apache.felix.http.jetty12");
        assertThat(jetty.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(jetty.getVersion().getQualifier()).as("the re-packed bundle, not the original").isEqualTo("plv1");
        assertThat(jetty.getHeaders().get("Require-Capability")).doesNotContain(PROCESSOR)
                .contains("osgi.contract=JakartaServlet");
        assertThat(requirementFilters(jetty)).noneMatch(f -> f.contains(PROCESSOR));
    }

    @Test
    void slf4jStillHasItsServiceLoaderProcessor(@InjectBundleContext BundleContext context) {
        Bundle slf4j = bundle(context, "slf4j.api");
        assertThat(requirementFilters(slf4j)).anyMatch(f -> f.contains(PROCESSOR));
        BundleWiring wiring = slf4j.adapt(BundleWiring.class);
        assertThat(wiring.getRequiredWires("osgi.extender")).as("wired to SPI Fly")
                .anyMatch(w -> w.getCapability().getAttributes().get("osgi.extender").equals(PROCESSOR));
    }

    private static Bundle bundle(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    private static List<String> requirementFilters(Bundle bundle) {
        return bundle.adapt(BundleRevision.class).getRequirements("osgi.extender").stream()
                .map(r -> String.valueOf(r.getDirectives().get("filter"))).toList();
    }
}
