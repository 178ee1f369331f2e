package plv.membership.api;

import java.math.BigDecimal;

/**
 * The alternative funding model's figures for one financial year.
 *
 * @param financialYear       the year the financial year starts in (2028 = 1 April 2028 to 31 March 2029)
 * @param totalCostPence      the total to be funded
 * @param basis               how it is shared
 * @param equalPercent        for MIXED, the percentage shared equally (0–100); otherwise ignored
 * @param weightingCode       for WEIGHTED and MIXED, the weighting used
 * @param places              places in the home, e.g. 24
 * @param emergencyPlaces     places held back for emergencies (never sold)
 * @param placesSold          places sold to non-member authorities for the year
 * @param pricePerPlacePence  the annual price of one place sold
 */
public record SharedFunding(int financialYear, long totalCostPence, SharingBasis basis, BigDecimal equalPercent,
        String weightingCode, int places, int emergencyPlaces, int placesSold, long pricePerPlacePence) {

    /** Income from places sold, which reduces the total before it is shared. */
    public long incomePence() {
        return Math.multiplyExact((long) placesSold, pricePerPlacePence);
    }

    /** The amount shared among members. */
    public long netPence() {
        return totalCostPence - incomePence();
    }
}
