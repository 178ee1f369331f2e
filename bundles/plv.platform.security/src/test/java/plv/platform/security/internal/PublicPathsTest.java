package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void builtInPublicPathsAndNothingElse() {
        PublicPaths paths = new PublicPaths();
        assertThat(paths.matches("/sign-in")).isTrue();
        assertThat(paths.matches("/health")).isTrue();
        assertThat(paths.matches("/static/plv.css")).isTrue();
        assertThat(paths.matches("/")).isFalse();
        assertThat(paths.matches("/users")).isFalse();
        assertThat(paths.matches("/sign-in/../users")).isFalse();
        assertThat(paths.matches("/static/../users")).isFalse();
        assertThat(paths.matches("/staticx")).isFalse();
    }

    @Test
    void aBundleCanMarkPagesPublicUntilItGoes() {
        PublicPaths paths = new PublicPaths();
        Object minutes = new Object();
        paths.add(minutes, List.of("/public/minutes/*", "/published"));
        assertThat(paths.matches("/public/minutes/2026-03-board.pdf")).isTrue();
        assertThat(paths.matches("/public/minutes")).isTrue();
        assertThat(paths.matches("/published")).isTrue();
        assertThat(paths.matches("/published/x")).isFalse();
        assertThat(paths.matches("/public/minutes;jsessionid=1/../../users")).isFalse();
        paths.remove(minutes);
        assertThat(paths.matches("/public/minutes/2026-03-board.pdf")).isFalse();
    }

    @Test
    void aRoutePatternMatchesExactlyOneSegmentPerParameter() {
        PublicPaths paths = new PublicPaths();
        paths.add(new Object(), List.of("/public/meetings/{id}", "/public/meetings/{id}/pack.pdf"));
        assertThat(paths.matches("/public/meetings/12")).isTrue();
        assertThat(paths.matches("/public/meetings/12/pack.pdf")).isTrue();
        assertThat(paths.matches("/public/meetings/")).isFalse();
        assertThat(paths.matches("/public/meetings")).isFalse();
        assertThat(paths.matches("/public/meetings/12/minutes.pdf")).isFalse();
        assertThat(paths.matches("/public/meetings/12/pack.pdf/x")).isFalse();
        assertThat(paths.matches("/public/meetings/../users")).isFalse();
        assertThat(paths.matches("/api/meetings/12")).isFalse();
    }
}
