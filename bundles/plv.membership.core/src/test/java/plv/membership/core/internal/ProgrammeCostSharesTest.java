package plv.membership.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plv.membership.api.Weighting;
import plv.platform.api.CostSharing;
import plv.platform.api.CostSharing.Basis;
import plv.platform.api.Participant;
import plv.platform.api.ValidationException;

/** A programme's costs shared among its participants add up to the total to the penny, whatever the basis. */
class ProgrammeCostSharesTest {

    static final LocalDate START = LocalDate.of(2025, 4, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    /** 12 participants (E09000001..12), the twelfth left before the sharing date; fixed shares 1..12 percent-ish. */
    static List<Participant> twelve() {
        List<Participant> out = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String code = String.format("E090000%02d", i);
            out.add(new Participant(code, "Authority " + i, START, i == 12 ? LocalDate.of(2026, 3, 31) : null, BigDecimal.valueOf(i)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}p shared three ways add up")
    @ValueSource(longs = {0, 1, 10, 11, 99_999, 12_345_678, 43_000_000_001L})
    void everyBasisAddsUpToThePenny(long total) {
        Map<String, BigDecimal> pop = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            pop.put(String.format("E090000%02d", i), new BigDecimal("1234.5").multiply(BigDecimal.valueOf(i * 7 % 11 + 1)));
        }
        for (Basis basis : Basis.values()) {
            Map<String, Long> shares = ProgrammeCostShares.shares(new CostSharing("Costs", total, basis, "POP", AS_OF), twelve(),
                    code -> Optional.of(new Weighting("POP", "Population", pop)));
            assertThat(shares).as(basis.name()).hasSize(11).doesNotContainKey("E09000012");
            assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).as(basis.name()).isEqualTo(total);
        }
    }

    @Test
    void workedExample() {
        // £1,000.00 among 11 authorities equally: 9090.909p each, so 9091p to the first 10 by GSS code and 9090p to the 11th
        Map<String, Long> shares = ProgrammeCostShares.shares(new CostSharing("Costs", 100_000, Basis.EQUAL, null, AS_OF), twelve(),
                code -> Optional.empty());
        assertThat(shares.get("E09000001")).isEqualTo(9091);
        assertThat(shares.get("E09000010")).isEqualTo(9091);
        assertThat(shares.get("E09000011")).isEqualTo(9090);
        // fixed shares 1..11 (66 in all): the first pays 100000/66 = 1515.15p, rounded down to 1515p
        Map<String, Long> fixed = ProgrammeCostShares.shares(new CostSharing("Costs", 100_000, Basis.FIXED, null, AS_OF), twelve(),
                code -> Optional.empty());
        assertThat(fixed.get("E09000001")).isEqualTo(1515);
        assertThat(fixed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100_000);
    }

    @Test
    void anUnknownWeightingOrAMissingShareIsRefusedNamingTheFix() {
        assertThatThrownBy(() -> ProgrammeCostShares.shares(new CostSharing("Costs", 100, Basis.WEIGHTED, "NOPE", AS_OF), twelve(),
                code -> Optional.empty())).isInstanceOf(ValidationException.class).hasMessageContaining("There is no weighting 'NOPE'");
        List<Participant> one = List.of(Participant.of("E09000001", "City of London", START));
        assertThatThrownBy(() -> ProgrammeCostShares.shares(new CostSharing("Costs", 100, Basis.FIXED, null, AS_OF), one,
                code -> Optional.empty())).isInstanceOf(ValidationException.class).hasMessageContaining("has no fixed share");
        assertThatThrownBy(() -> ProgrammeCostShares.shares(new CostSharing("Costs", 100, Basis.EQUAL, null, LocalDate.of(2020, 1, 1)),
                one, code -> Optional.empty())).isInstanceOf(ValidationException.class).hasMessageContaining("Nobody takes part");
    }
}
