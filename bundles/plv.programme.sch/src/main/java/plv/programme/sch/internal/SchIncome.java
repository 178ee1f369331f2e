package plv.programme.sch.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.IncomeReport;
import plv.membership.api.NonMemberIncome;
import plv.platform.api.time.FinancialYear;

/**
 * Reports the income from places sold to non-members in a financial year to the membership area, which takes it off
 * the members' contributions (seed 000). The income is each non-member stay's days in the year at the non-member
 * weekly price in force (an ongoing stay counts to today).
 */
@Component(service = NonMemberIncome.class)
public class SchIncome implements NonMemberIncome {

    static final String SOURCE = "Secure Children's Home";

    private final SchHome home;

    @Activate
    public SchIncome(@Reference SchHome home) {
        this.home = home;
    }

    @Override
    public Optional<IncomeReport> income(int financialYear) {
        List<SchHome.Sale> sales = home.sales(financialYear);
        long pence = sales.stream().mapToLong(SchHome.Sale::pence).sum();
        if (pence == 0) {
            return Optional.empty();
        }
        int days = sales.stream().mapToInt(SchHome.Sale::days).sum();
        long councils = sales.stream().map(SchHome.Sale::councilGss).distinct().count();
        return Optional.of(new IncomeReport(SOURCE, pence, days + " place-days sold to " + councils + " non-member council"
                + (councils == 1 ? "" : "s") + " in " + new FinancialYear(financialYear).label() + " at the non-member weekly price"));
    }
}
