package plv.commissioning.api;

import java.time.LocalDate;

/**
 * A Procurement Act 2023 notice of one contract: recorded by a commissioning officer, or expected by the rules and
 * not yet recorded ({@code id == 0}).
 *
 * @param id                the record id; 0 for a notice the rules expect that nobody has recorded yet
 * @param programmeId       the programme whose register holds the contract
 * @param contractId        the contract
 * @param contractReference the contract's reference, e.g. {@code SCH-C003}
 * @param contractTitle     the contract's title
 * @param kind              which notice
 * @param eventDate         what it reports: the day the contract was entered into, modified or terminated, or the
 *                          first day of the 12 months of performance it covers
 * @param dueDate           the last day it may be published on
 * @param publishedOn       the day it was published; null while it is due
 * @param noticeReference   the notice's identifier on the central digital platform (may be empty)
 * @param recordedBy        who recorded it (empty for an expected notice)
 * @param version           the optimistic lock version marking it published must quote
 */
public record ContractNotice(long id, String programmeId, long contractId, String contractReference, String contractTitle,
        NoticeKind kind, LocalDate eventDate, LocalDate dueDate, LocalDate publishedOn, String noticeReference, String recordedBy,
        long version) {

    /** True when it is not yet published and its due date has passed by {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return publishedOn == null && dueDate.isBefore(today);
    }

    /** True when it was published after its due date. */
    public boolean publishedLate() {
        return publishedOn != null && publishedOn.isAfter(dueDate);
    }

    /** True for a notice the rules expect that nobody has recorded yet. */
    public boolean expected() {
        return id == 0;
    }
}
