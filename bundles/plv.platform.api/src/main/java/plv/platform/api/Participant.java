package plv.platform.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An authority taking part in a programme. Participants are not always the company's members: the London Accommodation
 * Pathfinder has 12 participating authorities, whoever the members are.
 *
 * @param code       the authority's GSS code, e.g. {@code E09000002}; the key its cost share is reported under
 * @param name       e.g. "Barking and Dagenham"
 * @param joined     the day it joined the programme, or null when it took part from the start
 * @param left       the last day it took part, or null while it still does
 * @param fixedShare its stated share of the costs in percent when the programme shares them by
 *                   {@link CostSharing.Basis#FIXED fixed shares}, else null
 */
public record Participant(String code, String name, LocalDate joined, LocalDate left, BigDecimal fixedShare) {

    public Participant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** A participant from {@code joined}, still taking part, with no fixed share. */
    public static Participant of(String code, String name, LocalDate joined) {
        return new Participant(code, name, joined, null, null);
    }

    /** True when it takes part on {@code day}: joined on or before it and not left before it. */
    public boolean takesPartOn(LocalDate day) {
        return (joined == null || !day.isBefore(joined)) && (left == null || !day.isAfter(left));
    }
}
