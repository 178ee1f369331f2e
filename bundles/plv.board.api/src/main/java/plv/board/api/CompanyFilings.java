package plv.board.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The company's recurring filings: the confirmation statement (CS01) within 14 days after the end of each review
 * period (s853A) and the accounts within 9 months after the end of each accounting reference period for a private
 * company (s442; 21 months from incorporation for a first period longer than 12 months). The next of each appears on
 * the deadlines page until its filing is recorded.
 */
@ProviderType
public interface CompanyFilings {

    /** Filings recorded, newest first. */
    List<CompanyFiling> filings(Actor actor);

    /** Records a filing (secretary only); the next deadline of its kind moves on. */
    CompanyFiling record(Actor actor, CompanyFiling.Kind kind, java.time.LocalDate madeUpTo, java.time.LocalDate filedOn);

    /** The next confirmation statement and accounts deadlines, whatever their date (overdue ones included). */
    List<BoardDeadline> nextDeadlines(Actor actor);
}
