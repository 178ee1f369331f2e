package plv.programme.sch.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** A contract register line; the value of an exempt contract is withheld from those not entitled to it. */
public record Contract(String reference, String title, String supplier, String procurementRoute, String value, LocalDate startDate,
        LocalDate endDate, String status) {

    static Contract of(ContractEntity e, boolean mayReadExempt) {
        String value = e.exemptParagraph != null && !mayReadExempt
                ? "Exempt information: Schedule 12A paragraph " + e.exemptParagraph
                : NumberFormat.getCurrencyInstance(Locale.UK).format(BigDecimal.valueOf(e.valuePence, 2));
        return new Contract(e.reference, e.title, e.supplier, e.procurementRoute, value, e.startDate, e.endDate, e.status);
    }
}
