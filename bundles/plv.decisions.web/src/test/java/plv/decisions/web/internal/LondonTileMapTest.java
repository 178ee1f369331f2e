package plv.decisions.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import plv.decisions.api.CouncilStanding;
import plv.decisions.api.LondonAuthority;

class LondonTileMapTest {

    static List<LondonAuthority> authorities() throws Exception {
        try (InputStream in = LondonTileMapTest.class.getResourceAsStream("/london-authorities-test.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",")).map(f -> new LondonAuthority(f[0], f[1], f[2])).toList();
        }
    }

    @Test
    void everyCouncilHasItsOwnTileAndLabel() throws Exception {
        List<LondonAuthority> all = authorities();
        assertThat(all).hasSize(33);
        Set<String> places = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (LondonAuthority a : all) {
            int[] at = LondonTileMap.GRID.get(a.gss());
            assertThat(at).as(a.name()).isNotNull();
            assertThat(places.add(at[0] + "," + at[1])).as("tile of " + a.name() + " is free").isTrue();
            assertThat(labels.add(LondonTileMap.abbreviation(a.name()))).as("label of " + a.name() + " is unique").isTrue();
        }
        List<CouncilStanding> standings = all.stream().map(a -> new CouncilStanding(a, CouncilStanding.Standing.NO_RECORD, null,
                null, null, null, false, false, 0, 0, 0, 0, 0)).toList();
        String svg = LondonTileMap.svg(standings);
        assertThat(svg.split("<rect ", -1)).hasSize(33 + CouncilStanding.Standing.values().length + 1);
        assertThat(svg).contains("Kingston upon Thames: No decision recorded", "fill=\"#b1b4b6\"");
    }
}
