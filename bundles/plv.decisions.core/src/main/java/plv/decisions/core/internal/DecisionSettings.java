package plv.decisions.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the decision rules (PID {@code plv.decisions.rules}). The defaults are those of England and Wales. */
@ObjectClassDefinition(name = "PLV council decision rules", description = "Call-in period, review period and one-off bank holidays.")
public @interface DecisionSettings {

    String PID = "plv.decisions.rules";

    /** The call-in period where a council's constitution is not configured below; it counts from publication. */
    @AttributeDefinition(name = "Call-in period (working days)", min = "0")
    int callInWorkingDays() default 5;

    /** Constitutions differ: the call-in period per council, as GSS code=working days, e.g. E09000010=5. */
    @AttributeDefinition(name = "Call-in period per council", description = "GSS=working days, e.g. E09000012=7")
    String[] councilCallInWorkingDays() default {};

    /**
     * The 2014 Regulations (reg 8) require an officer decision record to be published "as soon as reasonably
     * practicable" and set no number of days; after this many working days an unpublished record is flagged.
     */
    @AttributeDefinition(name = "Officer decision publication prompt (working days)", min = "1")
    int publicationWorkingDays() default 5;

    @AttributeDefinition(name = "Monitoring officer review period (working days)", min = "1")
    int reviewWorkingDays() default 10;

    /**
     * One-off bank holidays beyond those the suite's calendar ({@link plv.platform.api.time.BankHolidays}) already
     * knows, e.g. one proclaimed after this release; every one proclaimed so far (2023-05-08 included) is built in.
     */
    @AttributeDefinition(name = "Extra one-off bank holidays", description = "ISO dates added to the England and Wales calendar, e.g. 2023-05-08")
    String[] extraBankHolidays() default {};

    @AttributeDefinition(name = "Moved bank holidays", description = "standing date>replacement, e.g. 2020-05-04>2020-05-08 (VE day)")
    String[] movedBankHolidays() default {};
}
