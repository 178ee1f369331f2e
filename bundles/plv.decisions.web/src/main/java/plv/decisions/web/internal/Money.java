package plv.decisions.web.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Pence shown as pounds, exactly. */
final class Money {

    private Money() {
    }

    static String pounds(long pence) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        return f.format(BigDecimal.valueOf(pence, 2));
    }
}
