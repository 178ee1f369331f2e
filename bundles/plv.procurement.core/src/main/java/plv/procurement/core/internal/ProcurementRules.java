package plv.procurement.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import plv.platform.api.time.WorkingDays;
import plv.procurement.api.Arrangement;
import plv.procurement.api.Bid;
import plv.procurement.api.CallOff;
import plv.procurement.api.ProcurementModel;

/**
 * The procurement models' rules, without storage (docs/rules/commissioning.md, "Procurement models"):
 * <ul>
 * <li>Applications: a DPS takes them at any time from its opening to its closing (a provider "may apply to join at
 * any time"); a framework only before it opens (its providers are admitted when it is set up); a block contract
 * none.</li>
 * <li>Stage 1: a provider is admitted when it meets every admission criterion; else refused, naming those not met.</li>
 * <li>Stage 2: a call-off invites every provider admitted on or before the day of the invitation, so a provider
 * admitted after the DPS started bids on the next call-off; only invited providers bid.</li>
 * <li>Scores: price score = 100 × lowest price ÷ the bid's price; total = 60% quality + 40% price score; both
 * rounded half up to whole points. The award goes to the highest total (ties: the lower price, then the name).</li>
 * <li>Standstill (Procurement Act 2023 s51): 8 working days beginning with the day the contract award notice is
 * published; the contract may be entered into from the day after.</li>
 * </ul>
 */
final class ProcurementRules {

    static final int STANDSTILL_WORKING_DAYS = 8;
    static final int QUALITY_WEIGHT = 60;
    static final int PRICE_WEIGHT = 40;

    private ProcurementRules() {
    }

    /** The last day of the standstill period for a contract award notice published on {@code notice}. */
    static LocalDate standstillEnds(LocalDate notice, WorkingDays days) {
        // "beginning with the day" of publication: that day counts when it is a working day
        LocalDate first = days.onOrAfter(notice);
        return days.after(first, STANDSTILL_WORKING_DAYS - 1);
    }

    /** Why an application on {@code day} is not taken, or empty. */
    static Optional<String> applicationRefused(Arrangement a, LocalDate day) {
        return switch (a.model()) {
            case BLOCK_CONTRACT -> Optional.of(a.reference() + " is a block contract: it admits no providers; set up a framework or a"
                    + " dynamic purchasing system for call-offs.");
            case FRAMEWORK -> day.isBefore(a.opensOn()) ? Optional.empty()
                    : Optional.of("The framework " + a.reference() + " opened on " + a.opensOn() + " and admits no providers after it"
                            + " opened; a dynamic purchasing system admits them at any time.");
            case DYNAMIC_PURCHASING_SYSTEM, DYNAMIC_MARKET -> a.closesOn() != null && day.isAfter(a.closesOn())
                    ? Optional.of("The " + a.model().label().toLowerCase(java.util.Locale.UK) + " " + a.reference() + " closed on " + a.closesOn() + "; applications"
                            + " are taken until it closes.")
                    : Optional.empty();
        };
    }

    /** Stage 1: empty when every criterion is met, else the refusal's reason naming the criteria not met. */
    static Optional<String> unmet(List<String> criteria, Set<Integer> met) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (!met.contains(i + 1)) {
                missing.add((i + 1) + ". " + criteria.get(i));
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("Criteria not met: " + String.join("; ", missing));
    }

    /** The bids with their price and total scores worked out. */
    static List<Bid> scored(List<Bid> bids) {
        long lowest = bids.stream().filter(Bid::made).mapToLong(Bid::pricePence).min().orElse(0);
        List<Bid> out = new ArrayList<>();
        for (Bid b : bids) {
            if (!b.made()) {
                out.add(new Bid(b.providerName(), null, null, null, null));
                continue;
            }
            int price = b.pricePence() == 0 ? 100 : BigDecimal.valueOf(lowest * 100).divide(BigDecimal.valueOf(b.pricePence()), 0,
                    RoundingMode.HALF_UP).intValueExact();
            int total = BigDecimal.valueOf((long) b.qualityScore() * QUALITY_WEIGHT + (long) price * PRICE_WEIGHT)
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValueExact();
            out.add(new Bid(b.providerName(), b.pricePence(), b.qualityScore(), price, total));
        }
        return out;
    }

    /** The winning bid: the highest total, ties to the lower price then the name; empty when nobody bid. */
    static Optional<Bid> best(List<Bid> scored) {
        return scored.stream().filter(Bid::made).sorted(java.util.Comparator.comparing(Bid::totalScore).reversed()
                .thenComparing(Bid::pricePence).thenComparing(Bid::providerName)).findFirst();
    }

    /** Why {@code provider} may not be awarded {@code callOff} under {@code a}, or empty. */
    static Optional<String> awardRefused(Arrangement a, CallOff callOff, String provider, LocalDate notice) {
        if (!a.model().admitsProviders()) {
            return Optional.of(a.reference() + " is a " + a.model().label().toLowerCase(java.util.Locale.UK) + ": it has no call-offs.");
        }
        if (callOff.awardedTo() != null) {
            return Optional.of(callOff.reference() + " was awarded to " + callOff.awardedTo() + " already.");
        }
        String n = normal(provider);
        boolean admitted = a.admissions().stream().anyMatch(x -> normal(x.providerName()).equals(n) && x.admittedOn(notice));
        if (!admitted) {
            return Optional.of(provider.strip() + " is not admitted to " + a.reference() + "; a call-off may go only to a provider"
                    + " admitted to the " + a.model().label().toLowerCase(java.util.Locale.UK) + ".");
        }
        Optional<Bid> mine = callOff.bids().stream().filter(b -> normal(b.providerName()).equals(n)).findFirst();
        if (mine.isEmpty()) {
            return Optional.of(provider.strip() + " was not invited to " + callOff.reference() + " (admitted after "
                    + callOff.invitedOn() + "); it may bid on the next call-off.");
        }
        if (!mine.get().made()) {
            return Optional.of(provider.strip() + " made no bid for " + callOff.reference() + ".");
        }
        if (notice.isBefore(callOff.bidsCloseOn())) {
            return Optional.of("Bids for " + callOff.reference() + " close on " + callOff.bidsCloseOn() + "; award after that.");
        }
        Bid best = best(scored(callOff.bids())).orElseThrow();
        if (!normal(best.providerName()).equals(n)) {
            return Optional.of("The highest scoring bid is " + best.providerName() + "'s (" + best.totalScore() + " points, against "
                    + scored(callOff.bids()).stream().filter(b -> normal(b.providerName()).equals(n)).findFirst().orElseThrow()
                            .totalScore() + "); award the call-off to it.");
        }
        return Optional.empty();
    }

    static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.UK);
    }

    static boolean isCallOffModel(ProcurementModel m) {
        return m.admitsProviders();
    }
}
