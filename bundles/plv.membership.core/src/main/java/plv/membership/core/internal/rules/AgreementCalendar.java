package plv.membership.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import plv.membership.api.AgreementDates;
import plv.membership.api.AgreementTerms;
import plv.membership.api.BreakPoint;
import plv.membership.api.Term;

/**
 * The date rules of a member agreement.
 * <ul>
 * <li>Year n of a term starting on S runs from S + (n-1) years to the day before S + n years: for a term starting
 * 1 April 2023, year 3 is 1 April 2025 to 31 March 2026.</li>
 * <li>A break "after year n" / "at the end of year n" is the last day of year n: 31 March 2026. Membership ends at the
 * end of that day.</li>
 * <li>A term of y years ends on the day before S + y years (31 March 2028); a renewal term starts the next day.</li>
 * <li>The last notice date is the break date moved back by the notice period in calendar months, clamped to the end
 * of a shorter month (31 March 2026 − 6 months = 30 September 2025), then, when the terms say working days, moved
 * back to the previous working day in England.</li>
 * </ul>
 */
public final class AgreementCalendar {

    private final AgreementTerms terms;

    public AgreementCalendar(AgreementTerms terms) {
        this.terms = terms;
    }

    /** Term {@code number}: 0 is the initial term, n the n-th renewal. */
    public Term term(int number) {
        if (number > 0 && terms.renewalTermYears() <= 0) {
            throw new IllegalArgumentException("the agreement has no renewal terms");
        }
        LocalDate start = terms.termStart();
        int years = terms.initialTermYears();
        int breakYear = terms.initialBreakAfterYears();
        for (int n = 1; n <= number; n++) {
            start = start.plusYears(years);
            years = terms.renewalTermYears();
            breakYear = terms.renewalBreakAfterYears();
        }
        LocalDate end = start.plusYears(years).minusDays(1);
        BreakPoint bp = breakYear > 0 && breakYear < years ? breakPoint(start.plusYears(breakYear).minusDays(1)) : null;
        return new Term(number, start, end, bp);
    }

    /** The break point falling on {@code breakDate}, with its last notice date. */
    public BreakPoint breakPoint(LocalDate breakDate) {
        LocalDate lastNotice = breakDate.minusMonths(terms.noticeMonths());
        if (terms.noticeOnWorkingDay()) {
            lastNotice = WorkingDays.onOrBefore(lastNotice);
        }
        return new BreakPoint(breakDate, lastNotice);
    }

    /** The term containing {@code day} (the initial term for a day before it starts). */
    public Term termOn(LocalDate day) {
        Term t = term(0);
        while (day.isAfter(t.end()) && terms.renewalTermYears() > 0) {
            t = term(t.number() + 1);
        }
        return t;
    }

    /** The first break point whose break date is on or after {@code day}, searching this and the next two terms. */
    public BreakPoint nextBreakOnOrAfter(LocalDate day) {
        Term t = termOn(day);
        for (int i = 0; i < 3; i++) {
            if (t.breakPoint() != null && !t.breakPoint().breakDate().isBefore(day)) {
                return t.breakPoint();
            }
            if (terms.renewalTermYears() <= 0) {
                return null;
            }
            t = term(t.number() + 1);
        }
        return null;
    }

    /** The first break point whose last notice date is on or after {@code day}. */
    public BreakPoint nextNoticeableBreak(LocalDate day) {
        BreakPoint bp = nextBreakOnOrAfter(day);
        if (bp != null && day.isAfter(bp.lastNoticeDate())) {
            return nextBreakOnOrAfter(bp.breakDate().plusDays(1));
        }
        return bp;
    }

    /** Every date the product shows for the agreement on {@code asOf}. */
    public AgreementDates datesOn(LocalDate asOf) {
        Term current = termOn(asOf);
        Term next = terms.renewalTermYears() > 0 ? term(current.number() + 1) : null;
        return new AgreementDates(asOf, current, nextNoticeableBreak(asOf), current.end(),
                next == null ? null : next.start(), next);
    }

    /** Terms from the initial one up to and including the one containing {@code until}. */
    public List<Term> termsUntil(LocalDate until) {
        List<Term> out = new ArrayList<>();
        Term t = term(0);
        out.add(t);
        while (until.isAfter(t.end()) && terms.renewalTermYears() > 0) {
            t = term(t.number() + 1);
            out.add(t);
        }
        return out;
    }

    /**
     * Checks a break notice served on {@code servedOn} and answers the break date it takes effect at.
     *
     * @throws NoticeTooLateException when it is served after the last notice date of the next break
     */
    public BreakPoint breakTakenBy(LocalDate servedOn) {
        BreakPoint target = nextBreakOnOrAfter(servedOn);
        if (target == null) {
            throw new NoticeTooLateException(servedOn, null, null);
        }
        if (servedOn.isAfter(target.lastNoticeDate())) {
            throw new NoticeTooLateException(servedOn, target, nextBreakOnOrAfter(target.breakDate().plusDays(1)));
        }
        return target;
    }
}
