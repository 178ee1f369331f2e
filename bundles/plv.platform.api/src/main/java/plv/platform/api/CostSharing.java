package plv.platform.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a programme's costs are shared among its participants. The shares are worked out by the
 * {@link CostShareCalculator} service (the membership area's largest remainder calculator) and always add up to
 * {@code totalPence} exactly.
 *
 * @param title      what is shared, e.g. "Running costs 2026/27"
 * @param totalPence the amount to share, in pence
 * @param basis      equal, weighted by a series, or fixed shares
 * @param weighting  for {@link Basis#WEIGHTED}: the code of the weighting series kept by the membership area (e.g.
 *                   {@code POP2021}); else null
 * @param asOf       the day whose participants share the costs (those who {@link Participant#takesPartOn take part}
 *                   on it)
 */
public record CostSharing(String title, long totalPence, Basis basis, String weighting, LocalDate asOf) {

    /** How the total is divided. */
    public enum Basis {
        /** The same share each, the pence left over one each in GSS code order. */
        EQUAL,
        /** In proportion to a weighting series (population, places used) kept by the membership area. */
        WEIGHTED,
        /** In proportion to each participant's stated {@link Participant#fixedShare() fixed share}. */
        FIXED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CostSharing {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(asOf, "asOf");
        if (totalPence < 0) {
            throw new IllegalArgumentException("totalPence must not be negative: " + totalPence);
        }
    }
}
