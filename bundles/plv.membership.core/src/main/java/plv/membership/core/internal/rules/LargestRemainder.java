package plv.membership.core.internal.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a whole number of pence among keys in proportion to their weights so that the shares add up exactly to the
 * total (largest remainder method, Hamilton's method): each key first gets the whole pence of its exact share
 * (rounded down); the pence left over go one each to the keys with the largest fractional remainders; equal
 * remainders are broken by key in ascending order (for members: the GSS code, E09000001 first).
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param total   pence to share (not negative)
     * @param weights weight per key; the iteration order does not matter; weights must not be negative and must not
     *                all be zero
     * @return share per key, in ascending key order
     */
    public static <K extends Comparable<K>> Map<K, Long> share(long total, Map<K, BigDecimal> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        List<K> keys = new ArrayList<>(weights.keySet());
        keys.sort(null);
        int scale = weights.values().stream().mapToInt(w -> Math.max(0, w.stripTrailingZeros().scale())).max().orElse(0);
        List<BigInteger> ints = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (K k : keys) {
            BigDecimal w = weights.get(k);
            if (w.signum() < 0) {
                throw new IllegalArgumentException("weight of " + k + " is negative");
            }
            BigInteger i = w.movePointRight(scale).toBigIntegerExact();
            ints.add(i);
            sum = sum.add(i);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("the weights add up to zero");
        }
        BigInteger t = BigInteger.valueOf(total);
        long[] shares = new long[keys.size()];
        BigInteger[] remainders = new BigInteger[keys.size()];
        long allocated = 0;
        for (int i = 0; i < keys.size(); i++) {
            BigInteger[] qr = t.multiply(ints.get(i)).divideAndRemainder(sum);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            allocated += shares[i];
        }
        long left = total - allocated;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            order.add(i);
        }
        // largest remainder first; the stable sort keeps ascending key order among equal remainders
        order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
        for (int i = 0; i < left; i++) {
            shares[order.get(i)]++;
        }
        Map<K, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), shares[i]);
        }
        return out;
    }

    /** Equal shares: every key weighs 1. */
    public static <K extends Comparable<K>> Map<K, Long> equal(long total, List<K> keys) {
        Map<K, BigDecimal> w = new LinkedHashMap<>();
        keys.forEach(k -> w.put(k, BigDecimal.ONE));
        return share(total, w);
    }
}
