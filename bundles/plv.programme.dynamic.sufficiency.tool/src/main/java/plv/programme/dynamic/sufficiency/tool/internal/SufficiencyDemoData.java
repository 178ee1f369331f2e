package plv.programme.dynamic.sufficiency.tool.internal;

import java.time.YearMonth;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/**
 * With {@code plv.demo=true} and no figures: a year of illustrative figures (April 2022 to March 2023) for the 33
 * authorities, imported through the CSV import, whose spend adds up to £430,500,000 ("more than £430 million", seed 004).
 */
@Component(immediate = true)
public class SufficiencyDemoData {

    static final long YEAR_SPEND_PENCE = 43_050_000_000L;

    @Activate
    public SufficiencyDemoData(BundleContext context, @Reference SufficiencyFigures figures, @Reference Database database) {
        database.exclusively("plv.programme.dynamic.sufficiency.tool.demo", () -> {
            if (Boolean.parseBoolean(context.getProperty("plv.demo")) && figures.list(Actor.system()).isEmpty()) {
                figures.importCsv(Actor.system(), csv());
            }
        });
    }

    /** The demo CSV: deterministic, uneven figures; the spend weights are shared so that they add up to the year's total. */
    static String csv() {
        StringBuilder out = new StringBuilder(FigureCsv.HEADER).append('\n');
        var codes = FigureCsv.SUB_REGIONS.keySet().stream().toList();
        int[] typeWeight = {50, 8, 20, 14, 6, 2};
        int cells = codes.size() * FigureCsv.TYPES.size() * 12;
        long[] weights = new long[cells];
        long sum = 0;
        int k = 0;
        for (int a = 0; a < codes.size(); a++) {
            for (int t = 0; t < FigureCsv.TYPES.size(); t++) {
                for (int m = 0; m < 12; m++) {
                    weights[k] = (long) typeWeight[t] * (20 + (a * 7 + m * 3) % 13);
                    sum += weights[k++];
                }
            }
        }
        long allocated = 0;
        k = 0;
        for (int a = 0; a < codes.size(); a++) {
            String gss = codes.get(a);
            for (int t = 0; t < FigureCsv.TYPES.size(); t++) {
                for (int m = 0; m < 12; m++) {
                    long pence = k == cells - 1 ? YEAR_SPEND_PENCE - allocated : YEAR_SPEND_PENCE * weights[k] / sum;
                    allocated += pence;
                    k++;
                    int supply = typeWeight[t] / 2 + (a * 5 + m) % 7;
                    int demand = supply + ((a * 3 + t * 5 + m) % 9) - 3;
                    out.append(gss).append(',').append(FigureCsv.SUB_REGIONS.get(gss)).append(',').append(FigureCsv.TYPES.get(t)).append(',')
                            .append(YearMonth.of(2022, 4).plusMonths(m)).append(',').append(Math.max(0, demand)).append(',').append(supply)
                            .append(',').append(pence / 100).append('.').append(String.format("%02d", pence % 100)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
