package plv.commissioning.api;

import java.time.LocalDate;

/**
 * A date in a programme's registers that someone must act on: what a deadlines source or calendar needs.
 *
 * @param programmeId the programme
 * @param date        the day
 * @param kind        what falls due
 * @param reference   the contract or risk reference
 * @param title       e.g. "Extension option 1 of SCH-C003: decide by"
 * @param path        the web page of the record
 */
public record KeyDate(String programmeId, LocalDate date, Kind kind, String reference, String title, String path) {

    /** What falls due. */
    public enum Kind {
        CONTRACT_END, CONTRACT_REVIEW, EXTENSION_DECISION, RISK_REVIEW,
        /** The last day of a risk's acceptance: after it the risk is back to review (since 1.3). */
        ACCEPTANCE_ENDS
    }
}
