package plv.board.api;

import java.time.LocalDate;

/**
 * A filing at Companies House that sets the next deadline: a confirmation statement (CS01, s853A) made up to its
 * confirmation date, or the annual accounts (s441) for the accounting reference period ending on {@code madeUpTo}.
 *
 * @param id       id
 * @param kind     confirmation statement or accounts
 * @param madeUpTo the confirmation date (CS01) or the last day of the accounting reference period (accounts)
 * @param filedOn  the day it was delivered to the registrar
 */
public record CompanyFiling(long id, Kind kind, LocalDate madeUpTo, LocalDate filedOn) {

    /** Kinds of filing. */
    public enum Kind {
        CONFIRMATION_STATEMENT, ACCOUNTS
    }
}
