package plv.platform.api.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money is kept in whole pence ({@code long}); this is the one place that shows it and reads it. Exact: no floating
 * point on the way.
 */
public final class Money {

    private Money() {
    }

    /** Pounds for people: {@code £1,250,000.00}; a negative amount as {@code -£1.50}. */
    public static String format(long pence) {
        return (pence < 0 ? "-£" : "£") + grouped(Math.abs(pence));
    }

    /**
     * Whole pounds for people, for totals in tables and charts where pence would be noise: {@code £1,250,001}; half a
     * pound rounds away from zero ({@code £2} for 150 pence, {@code -£2} for -150).
     */
    public static String formatWhole(long pence) {
        BigDecimal pounds = BigDecimal.valueOf(Math.abs(pence), 2).setScale(0, java.math.RoundingMode.HALF_UP);
        return (pence < 0 && pounds.signum() != 0 ? "-£" : "£")
                + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(pounds);
    }

    /** Pounds for a form field, with thousands separators and no sign: {@code 1,250,000.00}. */
    public static String typed(long pence) {
        return (pence < 0 ? "-" : "") + grouped(Math.abs(pence));
    }

    /** Plain pounds for CSV, JSON and the audit trail: {@code 1250000.00}. */
    public static String plain(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /**
     * Pounds as typed, in pence: {@code 1250000}, {@code 1,250,000.5} or {@code £1,250,000.50} (spaces ignored).
     *
     * @throws NumberFormatException when the text is not an amount of pounds with at most two decimal places, or is
     *         too large to hold in pence
     */
    public static long parse(String text) {
        String t = text.strip().replace("£", "").replace(",", "").replace(" ", "");
        BigDecimal pounds;
        try {
            pounds = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text.strip() + "' is not an amount in pounds");
        }
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new NumberFormatException("'" + text.strip() + "' has more than two decimal places");
        }
        try {
            return pounds.movePointRight(2).setScale(0).longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("'" + text.strip() + "' is too large");
        }
    }

    private static String grouped(long pence) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(BigDecimal.valueOf(pence, 2));
    }
}
