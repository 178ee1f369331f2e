package plv.membership.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Exact money in whole pence: rounding and display. */
public final class Money {

    private Money() {
    }

    /** Rounds a pence amount to a whole penny, half a penny up. */
    public static long roundPence(BigDecimal pence) {
        return pence.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code annualPence × days ÷ daysInYear}, rounded to the penny (half up). */
    public static long proRata(long annualPence, int days, int daysInYear) {
        if (days == daysInYear) {
            return annualPence;
        }
        return roundPence(BigDecimal.valueOf(annualPence).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(daysInYear), 6, RoundingMode.HALF_UP));
    }

    /** "£20,000.00" (negative as "-£1.50"). */
    public static String format(long pence) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String s = f.format(BigDecimal.valueOf(Math.abs(pence), 2));
        return (pence < 0 ? "-£" : "£") + s;
    }

    /** "20000.00": plain pounds for CSV and JSON. */
    public static String plain(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /** Parses "20000", "20,000.00" or "£20,000.5" into pence; refuses more than two decimals. */
    public static long parse(String text) {
        String t = text.trim().replace("£", "").replace(",", "");
        BigDecimal pounds = new BigDecimal(t);
        if (pounds.scale() > 2) {
            throw new NumberFormatException("more than two decimal places");
        }
        return pounds.movePointRight(2).longValueExact();
    }
}
