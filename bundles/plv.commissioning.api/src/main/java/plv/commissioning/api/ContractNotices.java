package plv.commissioning.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The Procurement Act 2023 notices of every programme's contracts (contracts entered into from the Act's commencement,
 * {@link #ACT_IN_FORCE}): those recorded, with their due and published dates, and those the rules expect that nobody has
 * recorded yet. Same access as {@link ContractRegister}. Bad input is refused with a
 * {@link plv.platform.api.ValidationException} naming each field, and nothing is written.
 *
 * @since 1.3
 */
@ProviderType
public interface ContractNotices {

    /** The Procurement Act 2023 applies to procurements started on or after this day (its commencement). */
    LocalDate ACT_IN_FORCE = LocalDate.of(2025, 2, 24);

    /** A contract's notices, recorded and expected, by due date. */
    List<ContractNotice> forContract(Actor actor, String programmeId, long contractId);

    /**
     * Records a notice of a contract, its due date worked out from {@code eventDate}.
     *
     * @param eventDate       the day the contract was entered into, modified or terminated, or the first day of the
     *                        12 months of performance reported
     * @param publishedOn     the day it was published, or null when it is still to be published
     * @param noticeReference its identifier on the central digital platform (may be empty)
     */
    ContractNotice record(Actor actor, String programmeId, long contractId, NoticeKind kind, LocalDate eventDate, LocalDate publishedOn,
            String noticeReference);

    /** Records that a notice recorded as due has been published on {@code publishedOn}. */
    ContractNotice published(Actor actor, String programmeId, long contractId, long noticeId, long expectedVersion, LocalDate publishedOn,
            String noticeReference);

    /** Every notice not yet published whose due date is on or before {@code until}, over every programme, by due date. */
    List<ContractNotice> due(Actor actor, LocalDate until);
}
