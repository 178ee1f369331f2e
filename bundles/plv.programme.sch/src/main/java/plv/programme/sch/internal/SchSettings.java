package plv.programme.sch.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the Secure Children's Home (PID {@code plv.programme.sch}). */
@ObjectClassDefinition(name = "PLV Secure Children's Home", description = "Emergency reserve, opening date and occupancy target.")
public @interface SchSettings {

    String PID = "plv.programme.sch";

    /** Seed 000: "a small number of places would be kept free for use as emergency provision". */
    @AttributeDefinition(name = "Emergency reserve (secure places kept free)", min = "0", max = "24")
    int emergencyReserve() default 2;

    /**
     * The day the home opens to placements; before it the programme shows its build phase. Seed 004: construction is
     * expected to complete by the end of 2027; the default is the first working day after that. The demo (plv.demo)
     * uses an illustrative opening date instead unless this is set.
     */
    @AttributeDefinition(name = "Opening date", description = "YYYY-MM-DD")
    String openingDate() default "2028-01-04";

    /** The business case's target occupancy, as a percentage of the 28 places. */
    @AttributeDefinition(name = "Target occupancy (%)", min = "1", max = "100")
    int targetOccupancyPercent() default 85;

    /**
     * The risk in the programme's risk log that an inspection judged below good flags for review. The demo's second
     * risk (London Councils briefing, Nov 2022): "Unsatisfactory outcome from statutory inspections".
     */
    @AttributeDefinition(name = "Inspection risk (reference in the risk log)")
    String inspectionRisk() default "SCH-R02";

    /** The risk that low occupancy flags for review. The demo's first risk: "Low occupancy levels". */
    @AttributeDefinition(name = "Low-occupancy risk (reference in the risk log)")
    String lowOccupancyRisk() default "SCH-R01";

    /** Occupancy is watched over this many weeks, ending today. */
    @AttributeDefinition(name = "Low occupancy: weeks watched", min = "1", max = "52")
    int lowOccupancyWeeks() default 8;

    /** Occupancy over the weeks watched below this percentage of the 28 places flags the low-occupancy risk. */
    @AttributeDefinition(name = "Low occupancy: threshold (%)", min = "1", max = "100")
    int lowOccupancyPercent() default 75;
}
