package plv.membership.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Weights by GSS code used to share a total (e.g. population, placements used).
 *
 * @param code    e.g. {@code POP2021}
 * @param name    e.g. "Population 0-17, 2021 census"
 * @param weights weight of each authority by GSS code
 */
public record Weighting(String code, String name, Map<String, BigDecimal> weights) {

    public Weighting {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }
}
