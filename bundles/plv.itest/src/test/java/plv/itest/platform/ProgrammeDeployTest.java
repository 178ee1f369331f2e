package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.Role;
import plv.platform.security.api.UserDirectory;

/**
 * A programme bundle dropped into plv.home/deploy appears without a restart, with its deadline in the deadlines feed,
 * and goes, deadline and all, when removed.
 */
@ExtendWith(ServiceExtension.class)
class ProgrammeDeployTest {

    @Test
    void aProgrammeDroppedIntoDeployAppearsAndDisappears(@InjectService(timeout = 30_000) ProgrammeRegistry registry,
            @InjectService(timeout = 30_000) UserDirectory users) throws Exception {
        String token = Itest.calendarToken(users, Role.COMMISSIONING_OFFICER);
        String gatewayReview = "-gateway-review@example-pathfinder.programmes.plv.london";
        Path jar = Path.of(Itest.property("plv.itest.exampleProgramme"));
        assertThat(jar).exists();
        Path deployed = Path.of(Itest.property("plv.home"), "deploy", "plv.programme.example.jar");
        assertThat(registry.programme("example-pathfinder")).isEmpty();

        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            assertThat(Itest.eventually(30, () -> registry.programme("example-pathfinder").isPresent()))
                    .as("programme registered after the jar was dropped into %s", deployed).isTrue();
            String health = Itest.healthDetails().body();
            assertThat(health).contains("\"id\":\"example-pathfinder\"").contains("\"name\":\"Example Pathfinder\"");
            assertThat(Itest.eventually(30, () -> feed(token).contains(gatewayReview))).as("the programme's deadline in the feed").isTrue();
        } finally {
            Files.deleteIfExists(deployed);
        }
        assertThat(Itest.eventually(30, () -> registry.programme("example-pathfinder").isEmpty()))
                .as("programme gone after the jar was removed").isTrue();
        assertThat(Itest.healthDetails().body()).doesNotContain("example-pathfinder");
        assertThat(Itest.deadlinesFeed(token)).doesNotContain(gatewayReview);
    }

    private static String feed(String token) {
        try {
            return Itest.deadlinesFeed(token);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
