package plv.programme.dynamic.sufficiency.tool.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tool's figures: the gap (demand − supply; positive = a shortfall of places) by sub-region and placement type in a
 * month, and the placement spend by financial year (April to March) and sub-region.
 */
final class Sufficiency {

    /** Demand, supply and gap of one cell. */
    record Cell(int demand, int supply) {
        int gap() {
            return demand - supply;
        }

        Cell plus(Figure f) {
            return new Cell(demand + f.demand(), supply + f.supply());
        }
    }

    private Sufficiency() {
    }

    static Optional<YearMonth> latestMonth(List<Figure> figures) {
        return figures.stream().map(Figure::month).max(YearMonth::compareTo);
    }

    /** Sub-region → placement type → cell, for {@code month}. */
    static Map<String, Map<String, Cell>> gap(List<Figure> figures, YearMonth month) {
        Map<String, Map<String, Cell>> out = new TreeMap<>();
        for (Figure f : figures) {
            if (f.month().equals(month)) {
                out.computeIfAbsent(f.subRegion(), k -> new TreeMap<>()).merge(f.placementType(), new Cell(f.demand(), f.supply()),
                        (a, b) -> new Cell(a.demand() + b.demand(), a.supply() + b.supply()));
            }
        }
        return out;
    }

    /** "2023-24" for a month from April 2023 to March 2024: the suite's one financial year. */
    static String financialYear(YearMonth m) {
        return plv.platform.api.time.FinancialYear.containing(m.atDay(1)).label();
    }

    /** Financial year → sub-region → spend in pence. */
    static Map<String, Map<String, Long>> spend(List<Figure> figures) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (Figure f : figures) {
            out.computeIfAbsent(financialYear(f.month()), k -> new TreeMap<>()).merge(f.subRegion(), f.spendPence(), Long::sum);
        }
        return out;
    }
}
