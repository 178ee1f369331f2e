package plv.membership.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.IndexSeriesRegister;
import plv.membership.api.Weighting;
import plv.membership.core.internal.rules.LargestRemainder;
import plv.platform.api.CostShareCalculator;
import plv.platform.api.CostSharing;
import plv.platform.api.FieldError;
import plv.platform.api.Participant;
import plv.platform.api.ValidationException;

/**
 * Shares a programme's costs among its participants with the membership area's last-penny rule
 * ({@link LargestRemainder}: whole pence rounded down, the pence left over one each to the largest remainders, ties to
 * the lower GSS code), so the shares add up to the total exactly: equally, weighted by a weighting series kept on the
 * index series page, or in the participants' fixed shares. Participants need not be members.
 */
@Component(service = CostShareCalculator.class)
public class ProgrammeCostShares implements CostShareCalculator {

    private final IndexSeriesRegister series;

    @Activate
    public ProgrammeCostShares(@Reference IndexSeriesRegister series) {
        this.series = series;
    }

    @Override
    public Map<String, Long> shares(CostSharing sharing, List<Participant> participants) {
        return shares(sharing, participants, series::weighting);
    }

    /** The rule itself, with the weightings looked up by {@code weightings}. */
    static Map<String, Long> shares(CostSharing sharing, List<Participant> participants, Function<String, Optional<Weighting>> weightings) {
        List<Participant> in = participants.stream().filter(p -> p.takesPartOn(sharing.asOf())).toList();
        if (in.isEmpty()) {
            throw new ValidationException("participants", "Nobody takes part on " + sharing.asOf() + "; set the sharing date to a day"
                    + " with participants, or add them.");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        switch (sharing.basis()) {
            case EQUAL -> in.forEach(p -> weights.put(p.code(), BigDecimal.ONE));
            case FIXED -> in.forEach(p -> {
                if (p.fixedShare() == null || p.fixedShare().signum() < 0) {
                    errors.add(new FieldError("fixedShare", p.name() + " (" + p.code() + ") has no fixed share; give every participant"
                            + " a share in percent, e.g. 8.5."));
                } else {
                    weights.put(p.code(), p.fixedShare());
                }
            });
            case WEIGHTED -> {
                Optional<Weighting> w = sharing.weighting() == null ? Optional.empty() : weightings.apply(sharing.weighting());
                if (w.isEmpty()) {
                    errors.add(new FieldError("weighting", "There is no weighting '" + sharing.weighting() + "'; import it on the index"
                            + " series page (gss_code,weight) or share the costs another way."));
                } else {
                    in.forEach(p -> {
                        BigDecimal v = w.get().weights().get(p.code());
                        if (v == null) {
                            errors.add(new FieldError("weighting", "The weighting " + w.get().code() + " has no weight for " + p.name()
                                    + " (" + p.code() + "); add it to the weighting."));
                        } else {
                            weights.put(p.code(), v);
                        }
                    });
                }
            }
            default -> throw new IllegalStateException(sharing.basis().name());
        }
        if (errors.isEmpty() && weights.values().stream().allMatch(v -> v.signum() == 0)) {
            errors.add(new FieldError(sharing.basis() == CostSharing.Basis.FIXED ? "fixedShare" : "weighting",
                    "The weights of the participants add up to nothing; give at least one a weight above zero."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return LargestRemainder.share(sharing.totalPence(), weights);
    }
}
