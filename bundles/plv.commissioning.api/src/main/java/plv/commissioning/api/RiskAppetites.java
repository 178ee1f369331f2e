package plv.commissioning.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The board's risk appetite per category, effective-dated. A risk is above appetite when its current score is above
 * the appetite in force today for its category.
 */
@ProviderType
public interface RiskAppetites {

    /** The appetite in force on {@code day} for every category, in category order. */
    List<RiskAppetite> inForce(Actor actor, LocalDate day);

    /** Every setting recorded, newest first. */
    List<RiskAppetite> history(Actor actor);

    /**
     * Records the board's decision setting a category's appetite from a date (company secretary only). Refused with a
     * message naming the field when the appetite is not 1 to 25, the date or the decision reference is missing, or a
     * setting for the same category and date exists already.
     */
    RiskAppetite set(Actor actor, RiskCategory category, int appetite, LocalDate effectiveFrom, String decisionReference);
}
