package plv.programme.sch.internal;

import java.time.LocalDate;

/**
 * The low-occupancy rule (issue 12; seed 000's first risk, "low occupancy levels"): occupancy over the last
 * {@code weeks} weeks, ending on the day asked about, below {@code thresholdPercent} of the places is low. Occupancy
 * over a window = occupied place-days ÷ (places × days), compared exactly in whole numbers (no rounding). A window
 * that starts before the home opened is not judged: a home filling up after opening is not "low". When low, the rule
 * also says since when: the first day of the unbroken run of days whose windows were all low (looked for up to a year
 * back), which dates the deadline and the risk flag so that they stay put while the run lasts.
 */
public final class LowOccupancy {

    /** How far back the start of a low run is looked for. */
    static final int LOOK_BACK_DAYS = 366;

    /**
     * What the rule found.
     *
     * @param judged  false when the window starts before the opening date (nothing else is then meaningful)
     * @param low     true when the window's occupancy is below the threshold
     * @param from    the window's first day
     * @param to      the window's last day (the day asked about)
     * @param percent the window's occupancy, as a percentage to one decimal place (for people; the rule compares exactly)
     * @param since   when low, the first day whose window was low in the unbroken run up to {@code to}; else null
     */
    public record Finding(boolean judged, boolean low, LocalDate from, LocalDate to, double percent, LocalDate since) {
    }

    private LowOccupancy() {
    }

    /**
     * @param o the occupancy, covering at least {@link #LOOK_BACK_DAYS} + the window before {@code day} (or from opening)
     */
    public static Finding check(Occupancy o, int places, LocalDate opening, LocalDate day, int weeks, int thresholdPercent) {
        int days = weeks * 7;
        LocalDate from = day.minusDays(days - 1L);
        if (from.isBefore(opening)) {
            return new Finding(false, false, from, day, 0, null);
        }
        long used = o.placeDays(from, day);
        boolean low = low(used, places, days, thresholdPercent);
        LocalDate since = null;
        if (low) {
            since = day;
            for (int back = 1; back <= LOOK_BACK_DAYS; back++) {
                LocalDate d = day.minusDays(back);
                LocalDate f = d.minusDays(days - 1L);
                if (f.isBefore(opening) || !low(o.placeDays(f, d), places, days, thresholdPercent)) {
                    break;
                }
                since = d;
            }
        }
        return new Finding(true, low, from, day, Occupancy.percent(used, (long) places * days), since);
    }

    /** used ÷ (places × days) < threshold ÷ 100, in whole numbers. */
    static boolean low(long used, int places, int days, int thresholdPercent) {
        return used * 100 < (long) thresholdPercent * places * days;
    }
}
