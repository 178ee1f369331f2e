package plv.decisions.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the decision rules (PID {@code plv.decisions.rules}). The defaults are those of England and Wales. */
@ObjectClassDefinition(name = "PLV council decision rules", description = "Call-in period, review period and one-off bank holidays.")
public @interface DecisionSettings {

    String PID = "plv.decisions.rules";
    String[] DEFAULT_EXTRA = {"2011-04-29", "2012-06-05", "2022-06-03", "2022-09-19", "2023-05-08"};
    String[] DEFAULT_MOVED = {"1995-05-01>1995-05-08", "2012-05-28>2012-06-04", "2020-05-04>2020-05-08",
        "2022-05-30>2022-06-02"};

    @AttributeDefinition(name = "Call-in period (working days)", min = "0")
    int callInWorkingDays() default 5;

    @AttributeDefinition(name = "Monitoring officer review period (working days)", min = "1")
    int reviewWorkingDays() default 10;

    @AttributeDefinition(name = "Extra one-off bank holidays", description = "ISO dates, e.g. 2023-05-08 (coronation)")
    String[] extraBankHolidays() default {"2011-04-29", "2012-06-05", "2022-06-03", "2022-09-19", "2023-05-08"};

    @AttributeDefinition(name = "Moved bank holidays", description = "standing date>replacement, e.g. 2020-05-04>2020-05-08 (VE day)")
    String[] movedBankHolidays() default {"1995-05-01>1995-05-08", "2012-05-28>2012-06-04", "2020-05-04>2020-05-08",
        "2022-05-30>2022-06-02"};
}
