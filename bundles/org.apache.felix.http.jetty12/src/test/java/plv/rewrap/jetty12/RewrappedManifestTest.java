package plv.rewrap.jetty12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The re-packed Jetty bundle's manifest (edited by this module's build, read from target/classes as the jar takes it)
 * against the original bundle's (the provided dependency on the test class path): every header the same except
 * Require-Capability, which loses exactly the ServiceLoader-processor clause, and Bundle-Version, which gains a
 * qualifier (and the editing Ant task adds its Ant-Version). A Jetty upgrade that changes the header fails here until the pom's copy agrees.
 */
class RewrappedManifestTest {

    private static final String PROCESSOR = "(osgi.extender=osgi.serviceloader.processor)";
    private static final Attributes.Name REQUIRE = new Attributes.Name("Require-Capability");
    private static final Attributes.Name VERSION = new Attributes.Name("Bundle-Version");

    @Test
    void requireCapabilityIsTheOriginalsWithoutTheServiceLoaderProcessor() throws IOException {
        List<String> original = clauses(original().getValue(REQUIRE));
        List<String> rewrapped = clauses(rewrapped().getValue(REQUIRE));

        assertThat(original).as("the original still asks for the ServiceLoader processor (else drop this re-pack)")
                .anyMatch(c -> c.contains(PROCESSOR));
        List<String> expected = new ArrayList<>(original);
        expected.removeIf(c -> c.contains(PROCESSOR));
        assertThat(rewrapped).containsExactlyElementsOf(expected);
    }

    @Test
    void everyOtherHeaderIsTheOriginals() throws IOException {
        Map<Object, Object> original = new HashMap<>(original());
        Map<Object, Object> rewrapped = new HashMap<>(rewrapped());
        assertThat(original.get(new Attributes.Name("Bundle-SymbolicName")).toString())
                .startsWith("org.apache.felix.http.jetty12");
        assertThat(rewrapped.get(VERSION)).isEqualTo(original.get(VERSION) + ".plv1");
        for (Map<Object, Object> m : List.of(original, rewrapped)) {
            m.keySet().removeAll(List.of(REQUIRE, VERSION));
        }
        rewrapped.remove(new Attributes.Name("Ant-Version")); // added by the Ant task that edits the manifest
        assertThat(rewrapped).isEqualTo(original);
    }

    @Test
    void clausesSplitOnlyOutsideQuotes() {
        assertThat(clauses("a;filter:=\"(&(x=1)(y=2))\",b;f:=\"(z=a,b)\";resolution:=optional"))
                .containsExactly("a;filter:=\"(&(x=1)(y=2))\"", "b;f:=\"(z=a,b)\";resolution:=optional");
    }

    /** The original bundle's main attributes: the one manifest on the test class path that comes from its jar. */
    private static Attributes original() throws IOException {
        for (URL url : Collections.list(RewrappedManifestTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            if (url.toString().contains("/org/apache/felix/org.apache.felix.http.jetty12/")) {
                try (InputStream in = url.openStream()) {
                    return new Manifest(in).getMainAttributes();
                }
            }
        }
        throw new AssertionError("the original org.apache.felix.http.jetty12 jar is not on the test class path");
    }

    private static Attributes rewrapped() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    /** The clauses of an OSGi header: split at commas that are not inside a quoted value. */
    static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString().trim());
        }
        return out;
    }
}
