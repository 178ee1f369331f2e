package plv.procurement.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A call-off for one requirement by mini-competition (stage 2 of a DPS): the providers admitted when it was opened are
 * invited, they bid, the bids are scored, one is awarded, and the contract may not be entered into before the
 * standstill period ends (Procurement Act 2023 s51: 8 working days beginning with the day the contract award notice is
 * published).
 *
 * @param id               its id
 * @param reference        e.g. "DPS-CO-003"
 * @param requirement      what is bought, e.g. "2 beds for boys aged 12-15, north east London"
 * @param invitedOn        the day the providers were invited
 * @param bidsCloseOn      the last day for bids
 * @param bids             one per invited provider, by name
 * @param awardedTo        the provider awarded, null until then
 * @param awardNoticeOn    the day the contract award notice was published, null until then
 * @param standstillEndsOn the last day of the standstill period, null until the award
 */
public record CallOff(long id, String reference, String requirement, LocalDate invitedOn, LocalDate bidsCloseOn, List<Bid> bids,
        String awardedTo, LocalDate awardNoticeOn, LocalDate standstillEndsOn) {

    public CallOff {
        bids = bids == null ? List.of() : List.copyOf(bids);
    }

    /** The first day the contract may be entered into: the day after the standstill ends; null before the award. */
    public LocalDate contractFrom() {
        return standstillEndsOn == null ? null : standstillEndsOn.plusDays(1);
    }
}
