package plv.programme.dynamic.sufficiency.tool.internal;

import java.time.YearMonth;

/** One authority's placement demand, supply and spend for one placement type in one month: numbers only. */
record Figure(String gssCode, String subRegion, String placementType, YearMonth month, int demand, int supply, long spendPence) {
}
