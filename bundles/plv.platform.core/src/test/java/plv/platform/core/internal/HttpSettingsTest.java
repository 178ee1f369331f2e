package plv.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Dictionary;

import org.junit.jupiter.api.Test;

/** The Jetty configuration the product's settings turn into, and the idle timeout's range. */
class HttpSettingsTest {

    @Test
    void theIdleTimeoutIsGivenInSecondsAndPassedToJettyInMilliseconds() {
        assertThat(HttpSettings.idleTimeoutMillis(null, "20")).isEqualTo("20000");
        assertThat(HttpSettings.idleTimeoutMillis(null, "1")).isEqualTo("1000");
        assertThat(HttpSettings.idleTimeoutMillis(null, "3600")).isEqualTo("3600000");
        Dictionary<String, Object> props = HttpSettings.jettyProperties("8080", "127.0.0.1", "20000", "30");
        assertThat(props.get("org.apache.felix.http.timeout")).isEqualTo("20000");
        assertThat(props.get("org.osgi.service.http.port")).isEqualTo("8080");
        assertThat(props.get("org.apache.felix.http.host")).isEqualTo("127.0.0.1");
        assertThat(props.get("org.apache.felix.http.enable")).isEqualTo("true");
        assertThat(props.get("org.apache.felix.http.session.timeout")).isEqualTo("30");
        assertThat(HttpSettings.DEFAULT_IDLE_TIMEOUT_SECONDS).as("shorter than Felix's 60 s").isLessThan(60);
    }

    @Test
    void anIdleTimeoutOutOfRangeOrNotANumberIsRefusedNamingTheSettingAndTheFix() {
        for (String bad : new String[] { "0", "-5", "3601", "20s", "", "99999999999" }) {
            assertThatThrownBy(() -> HttpSettings.idleTimeoutMillis(null, bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("plv.http.idleTimeoutSeconds=" + bad).hasMessageContaining("from 1 to 3600")
                    .hasMessageContaining("-Dplv.http.idleTimeoutSeconds=20");
        }
    }
}
