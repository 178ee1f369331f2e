package plv.board.core.internal;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates of the company's recurring filings.
 *
 * <p>Confirmation statement (Companies Act 2006 s853A): the first review period is the 12 months beginning with the
 * day of incorporation; each later one the 12 months beginning with the day after the previous confirmation date
 * (s853A(5)-(6)); the statement is due before the end of 14 days after the end of the review period.
 *
 * <p>Accounts (s391, s442, s443): the first accounting reference period begins with incorporation and ends on the
 * accounting reference date more than 6 months (and at most 18 months) later; later periods end on the accounting
 * reference date each year. A private company files within 9 months after the end of the period; for a first period
 * longer than 12 months, within 21 months of incorporation or 3 months after the period ends, whichever is later. A
 * period of months after a date ends on the corresponding date, or on the last day of the month when the date is the
 * last day of its month or the month has no such date (s443).
 */
final class FilingCalendar {
    static final int CONFIRMATION_DAYS = 14;

    private FilingCalendar() {
    }

    /** The last day of the review period after {@code lastConfirmation} (null before the first statement). */
    static LocalDate reviewPeriodEnd(LocalDate incorporatedOn, LocalDate lastConfirmation) {
        LocalDate begins = lastConfirmation == null ? incorporatedOn : lastConfirmation.plusDays(1);
        return begins.plusYears(1).minusDays(1);
    }

    /** The last day to deliver the confirmation statement for the review period ending {@code reviewPeriodEnd}. */
    static LocalDate confirmationStatementDue(LocalDate reviewPeriodEnd) {
        return reviewPeriodEnd.plusDays(CONFIRMATION_DAYS);
    }

    /** The end of the first accounting reference period: the accounting reference date more than 6 months after incorporation. */
    static LocalDate firstPeriodEnd(LocalDate incorporatedOn, MonthDay referenceDate) {
        LocalDate candidate = referenceDate.atYear(incorporatedOn.getYear());
        while (!candidate.isAfter(monthsAfter(incorporatedOn, 6))) {
            candidate = referenceDate.atYear(candidate.getYear() + 1);
        }
        return candidate;
    }

    /** The end of the accounting reference period after the one ending {@code lastFiledPeriodEnd} (null: the first). */
    static LocalDate nextPeriodEnd(LocalDate incorporatedOn, MonthDay referenceDate, LocalDate lastFiledPeriodEnd) {
        return lastFiledPeriodEnd == null ? firstPeriodEnd(incorporatedOn, referenceDate)
                : referenceDate.atYear(lastFiledPeriodEnd.getYear() + 1);
    }

    /** The last day to file the accounts of the period ending {@code periodEnd} (a private company). */
    static LocalDate accountsDue(LocalDate incorporatedOn, LocalDate periodEnd) {
        boolean first = !periodEnd.isAfter(monthsAfter(incorporatedOn, 18));
        boolean longFirst = first && periodEnd.isAfter(monthsAfter(incorporatedOn, 12).minusDays(1));
        LocalDate nine = monthsAfter(periodEnd, 9);
        if (!longFirst) {
            return nine;
        }
        LocalDate twentyOne = monthsAfter(incorporatedOn, 21);
        LocalDate three = monthsAfter(periodEnd, 3);
        return twentyOne.isAfter(three) ? twentyOne : three;
    }

    /** s443: {@code months} after {@code day}, ending on the last day of the month when {@code day} is the last of its month. */
    static LocalDate monthsAfter(LocalDate day, int months) {
        LocalDate plain = day.plusMonths(months);
        return day.getDayOfMonth() == day.lengthOfMonth() ? plain.withDayOfMonth(plain.lengthOfMonth()) : plain;
    }
}
