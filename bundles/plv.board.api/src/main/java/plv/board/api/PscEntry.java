package plv.board.api;

import java.time.LocalDate;

/**
 * An entry in the register of people with significant control (Companies Act 2006 s790M).
 *
 * @param id              id
 * @param kind            a registrable person, a registrable relevant legal entity, or the statement that there is none
 * @param name            the person's or entity's name; null for {@link Kind#NO_REGISTRABLE_PERSON}
 * @param address         service address (person) or registered office (entity); null for the statement
 * @param natureOfControl e.g. "Holds more than 25% of the voting rights"; for the statement, its wording
 * @param enteredOn       the date entered in the register
 * @param ceasedOn        the date the person ceased to be registrable (or the statement stopped being true), or null
 */
public record PscEntry(long id, Kind kind, String name, String address, String natureOfControl, LocalDate enteredOn,
        LocalDate ceasedOn) {

    /** The statement entered when there is nobody to register (Register of People with Significant Control Regulations 2016, Sch 2 Part 1). */
    public static final String NO_REGISTRABLE_PERSON_STATEMENT = "The company knows or has reasonable cause to believe that"
            + " there is no registrable person or registrable relevant legal entity in relation to the company.";

    /** What an entry records. */
    public enum Kind {
        INDIVIDUAL, RELEVANT_LEGAL_ENTITY, NO_REGISTRABLE_PERSON
    }

    /** True while the entry is current on {@code day}. */
    public boolean currentOn(LocalDate day) {
        return !enteredOn.isAfter(day) && (ceasedOn == null || ceasedOn.isAfter(day));
    }
}
