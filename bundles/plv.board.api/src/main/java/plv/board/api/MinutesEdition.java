package plv.board.api;

/** Which edition of the minutes. */
public enum MinutesEdition {
    /** Everything, for directors and the secretary. */
    CONFIDENTIAL,
    /** For publication: Part 2 items by their approved title and Schedule 12A paragraph only. */
    PUBLIC
}
