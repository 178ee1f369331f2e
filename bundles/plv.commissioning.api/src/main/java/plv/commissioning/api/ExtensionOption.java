package plv.commissioning.api;

import java.time.LocalDate;

/**
 * One option to extend a contract ("3 years plus up to 2 × 12 months" has two).
 *
 * @param number     1 for the first option
 * @param from       the first day the option would add
 * @param to         the last day it would add
 * @param decisionBy the last day to decide and give the supplier notice
 * @param state      exercised, open, or lapsed (not exercised by its decision-by date)
 */
public record ExtensionOption(int number, LocalDate from, LocalDate to, LocalDate decisionBy, State state) {

    /** Where an option stands. */
    public enum State {
        EXERCISED, OPEN, LAPSED
    }
}
