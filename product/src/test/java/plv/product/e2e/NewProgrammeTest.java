package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import plv.product.ProductProcess;

/**
 * The programme kit's promise end to end: {@code bin/plv new-programme} makes a bundle (in a copy of the workspace's
 * build files), Maven builds it, and the jar dropped into {@code plv.home/deploy/} of a running product adds the
 * programme, its overview page and its navigation entry; taken out, they go.
 */
class NewProgrammeTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "Long-enough-secret-1";

    @Test
    void aGeneratedProgrammeBuildsAndDeploys() throws Exception {
        Path workspace = Path.of(System.getProperty("plv.workspace", "..")).toAbsolutePath().normalize();
        Path home = ProductProcess.newHome("new-programme");
        Path copy = home.resolve("workspace");
        for (String f : List.of("pom.xml", "bnd.bnd", "cnf", "bin", "features", "bundles/pom.xml", "product/pom.xml")) {
            copyTree(workspace.resolve(f), copy.resolve(f));
        }

        Run refused = run(copy, List.of("bin/plv", "new-programme", "Not An Id", "Name"));
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.output).contains("lower-case words");

        Run made = run(copy, List.of("bin/plv", "new-programme", "kit-test-pathway", "Kit Test Pathway"));
        assertThat(made.exit).as(made.output).isZero();
        Path module = copy.resolve("bundles/plv.programme.kit.test.pathway");
        assertThat(module.resolve("src/main/java/plv/programme/kit/test/pathway/internal/KitTestPathwayProgramme.java")).exists();
        assertThat(Files.readString(copy.resolve("bundles/pom.xml"))).contains("<module>plv.programme.kit.test.pathway</module>");
        assertThat(Files.readString(copy.resolve("features/programmes.bnd"))).contains("bnd.identity;id='plv.programme.kit.test.pathway'");
        assertThat(Files.readString(copy.resolve("product/pom.xml"))).contains("<artifactId>plv.programme.kit.test.pathway</artifactId>");
        assertThat(run(copy, List.of("bin/plv", "new-programme", "kit-test-pathway", "Again")).exit).as("made twice").isEqualTo(2);

        Run built = run(copy, List.of("mvn", "-o", "-q", "package", "-f", module.resolve("pom.xml").toString()));
        assertThat(built.exit).as(built.output).isZero();
        Path jar = module.resolve("target/plv.programme.kit.test.pathway-0.1.0-SNAPSHOT.jar");
        assertThat(jar).exists();

        try (ProductProcess p = ProductProcess.startAndWait(home, "-Dplv.admin.user=sec", "-Dplv.admin.password=" + PASSWORD)) {
            assertThat(get(p, "/api/programmes").body()).doesNotContain("kit-test-pathway");
            Path deployed = home.resolve("deploy").resolve(jar.getFileName());
            Files.createDirectories(deployed.getParent());
            Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
            assertThat(eventually(() -> get(p, "/api/programmes").body().contains("\"id\":\"kit-test-pathway\""))).isTrue();
            WebSession web = WebSession.signIn(p, "sec", PASSWORD);
            HttpResponse<String> overview = web.get("/programmes/kit-test-pathway");
            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.body()).contains("<h1>Kit Test Pathway</h1>").contains("City of London")
                    .contains("href=\"/programmes/kit-test-pathway\"").contains("href=\"/commissioning/kit-test-pathway/risks\"");
            Files.delete(deployed);
            assertThat(eventually(() -> !get(p, "/api/programmes").body().contains("kit-test-pathway"))).isTrue();
            assertThat(web.get("/programmes/kit-test-pathway").statusCode()).isEqualTo(404);
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : all.filter(f -> !f.toString().contains("/target")).toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(f, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static HttpResponse<String> get(ProductProcess p, String path) {
        String basic = Base64.getEncoder().encodeToString(("sec:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(p.url(path))).header("Authorization", "Basic " + basic)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.getAsBoolean();
    }
}
