package plv.commissioning.api;

import java.time.LocalDate;
import java.util.List;


import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The contract register of every programme, keyed by programme id. Same access as {@link RiskLog}; exempt values are
 * withheld from readers who may not see exempt information ({@link Actor#mayReadCompanyExempt()}).
 */
@ProviderType
public interface ContractRegister {

    /** The programme's contracts by start date and reference. */
    List<Contract> list(Actor actor, String programmeId);

    Contract get(Actor actor, String programmeId, long id);

    /** Adds a contract; refuses a reference already in the programme's register. */
    Contract add(Actor actor, String programmeId, ContractDraft draft);

    /**
     * Changes a contract. Value fields left empty on a contract whose values are withheld from the actor keep their
     * stored values.
     */
    Contract update(Actor actor, String programmeId, long id, long expectedVersion, ContractDraft draft);

    /**
     * The published register (Local Government Transparency Code 2015): one row of cells per contract whose value exceeds
     * the threshold setting, in {@link TransparencyCode#HEADINGS} order, by programme then reference. Redacted fields and
     * exempt values read {@link TransparencyCode#REDACTED} for every reader, with the reason in the last cell. Rows are
     * read from the database a page at a time and handed to {@code row} as they come, so any number fits in bounded memory.
     *
     * @param programmeId the programme, or null for every programme
     * @since 1.2
     */
    void transparencyRows(Actor actor, String programmeId, java.util.function.Consumer<List<String>> row);

    /**
     * The register across programmes filtered, sorted and paged in the database, so that it answers quickly at any size
     * (issue 16: 100,000 contracts). Values are withheld as in {@link #list}.
     *
     * @since 1.3
     */
    ContractPage search(Actor actor, ContractQuery query);

    /** End dates, review dates and extension decision-by dates between {@code from} and {@code to}, over every programme. */
    List<KeyDate> keyDates(Actor actor, LocalDate from, LocalDate to);
}
