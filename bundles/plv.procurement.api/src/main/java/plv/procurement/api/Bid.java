package plv.procurement.api;

/**
 * An invited provider's place in a call-off: its bid, when made, and the scores worked out from it.
 *
 * @param providerName  the invited provider
 * @param pricePence    its price, null while it has not bid
 * @param qualityScore  the quality score given to its bid, 0 to 100, null while it has not bid
 * @param priceScore    100 × the lowest price ÷ its price, rounded half up; null while it has not bid
 * @param totalScore    60% quality + 40% price, rounded half up; null while it has not bid
 */
public record Bid(String providerName, Long pricePence, Integer qualityScore, Integer priceScore, Integer totalScore) {

    public boolean made() {
        return pricePence != null;
    }
}
