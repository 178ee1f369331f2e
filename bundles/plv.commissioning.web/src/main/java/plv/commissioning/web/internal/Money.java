package plv.commissioning.web.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Pence as pounds for people ({@code £1,250,000.00}) and for forms ({@code 1250000.00}). */
final class Money {

    private Money() {
    }

    static String shown(Long pence) {
        return pence == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(BigDecimal.valueOf(pence, 2));
    }

    static String typed(Long pence) {
        return pence == null ? "" : BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
