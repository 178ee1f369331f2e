package plv.membership.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact money in whole pence: the rounding rules of fees (shown and read by {@link plv.platform.api.money.Money}). */
public final class Pence {

    private Pence() {
    }

    /** Rounds a pence amount to a whole penny, half a penny up. */
    public static long round(BigDecimal pence) {
        return pence.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code annualPence × days ÷ daysInYear}, rounded to the penny (half up). */
    public static long proRata(long annualPence, int days, int daysInYear) {
        if (days == daysInYear) {
            return annualPence;
        }
        return round(BigDecimal.valueOf(annualPence).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(daysInYear), 6, RoundingMode.HALF_UP));
    }
}
