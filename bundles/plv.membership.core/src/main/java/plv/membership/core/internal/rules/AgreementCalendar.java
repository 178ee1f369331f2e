package plv.membership.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import plv.membership.api.AgreementDates;
import plv.membership.api.AgreementTerms;
import plv.membership.api.BreakPoint;
import plv.membership.api.Term;
import plv.platform.api.time.WorkingDays;

/**
 * The date rules of a member agreement (seed 000: "a five-year period from 1st April 2023 to 31st March 2028, with a
 * break-point after three years ... renewable on a ten yearly cycle thereafter, with break-point after five years",
 * the commitment "subject to ratification").
 * <ul>
 * <li>Year n of a term starting on S runs from S + (n-1) years to the day before S + n years: for a term starting
 * 1 April 2023, year 3 is 1 April 2025 to 31 March 2026.</li>
 * <li>A break "after year n" / "at the end of year n" is the last day of year n: 31 March 2026. Membership ends at the
 * end of that day.</li>
 * <li>A term of y years ends on the day before S + y years (31 March 2028); a renewal term starts the next day.</li>
 * <li>A renewal term exists only once ratified: with {@code ratifiedRenewals} = 0 the membership ends on 31 March 2028;
 * with 1 it runs to 31 March 2038 with a break on 31 March 2033.</li>
 * <li>The last notice date is the break date moved back by the notice period in calendar months, clamped to the end
 * of a shorter month (31 March 2026 − 6 months = 30 September 2025), then, when the terms say working days, moved
 * back to the previous working day in England and Wales.</li>
 * <li>The next date the membership can end ("next exit") is the next break whose last notice date has not passed,
 * else the end of the last ratified term.</li>
 * </ul>
 */
public final class AgreementCalendar {

    private final AgreementTerms terms;
    private final int ratifiedRenewals;
    private final WorkingDays workingDays;

    /**
     * @param terms            the agreement's terms
     * @param ratifiedRenewals how many renewal terms have been ratified (0: the membership ends with the initial term)
     * @param workingDays      the working-day calendar for last notice dates
     */
    public AgreementCalendar(AgreementTerms terms, int ratifiedRenewals, WorkingDays workingDays) {
        this.terms = terms;
        this.ratifiedRenewals = terms.renewalTermYears() > 0 ? Math.max(0, ratifiedRenewals) : 0;
        this.workingDays = workingDays;
    }

    /** The calendar with no ratified renewal, on the working days of England and Wales. */
    public AgreementCalendar(AgreementTerms terms) {
        this(terms, 0, WorkingDays.englandAndWales());
    }

    /** Term {@code number}: 0 is the initial term, n the n-th renewal (ratified or not). */
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

    /** The last term the membership has: the initial term, or the last ratified renewal. */
    public Term lastTerm() {
        return term(ratifiedRenewals);
    }

    /** The last day of membership unless a further renewal is ratified: 31 March 2028 with none ratified. */
    public LocalDate membershipEnd() {
        return lastTerm().end();
    }

    /** The break point falling on {@code breakDate}, with its last notice date. */
    public BreakPoint breakPoint(LocalDate breakDate) {
        LocalDate lastNotice = breakDate.minusMonths(terms.noticeMonths());
        if (terms.noticeOnWorkingDay()) {
            lastNotice = workingDays.onOrBefore(lastNotice);
        }
        return new BreakPoint(breakDate, lastNotice);
    }

    /** The term containing {@code day} (the initial term for a day before it starts; renewals counted if not ratified). */
    public Term termOn(LocalDate day) {
        Term t = term(0);
        while (day.isAfter(t.end()) && terms.renewalTermYears() > 0) {
            t = term(t.number() + 1);
        }
        return t;
    }

    /** The first break point on or after {@code day} within the ratified terms, or null. */
    public BreakPoint nextBreakOnOrAfter(LocalDate day) {
        for (int n = termOn(day).number(); n <= ratifiedRenewals; n++) {
            Term t = term(n);
            if (t.breakPoint() != null && !t.breakPoint().breakDate().isBefore(day)) {
                return t.breakPoint();
            }
        }
        return null;
    }

    /** The first break point within the ratified terms whose last notice date is on or after {@code day}, or null. */
    public BreakPoint nextNoticeableBreak(LocalDate day) {
        BreakPoint bp = nextBreakOnOrAfter(day);
        if (bp != null && day.isAfter(bp.lastNoticeDate())) {
            return nextBreakOnOrAfter(bp.breakDate().plusDays(1));
        }
        return bp;
    }

    /**
     * The next date the membership can end for a decision taken on {@code day}: the next break whose notice can still be
     * served, else the end of the last ratified term; null once the membership has ended.
     */
    public LocalDate nextExit(LocalDate day) {
        BreakPoint bp = nextNoticeableBreak(day);
        if (bp != null) {
            return bp.breakDate();
        }
        return day.isAfter(membershipEnd()) ? null : membershipEnd();
    }

    /** Every date the product shows for the agreement on {@code asOf}. */
    public AgreementDates datesOn(LocalDate asOf) {
        Term current = termOn(asOf);
        if (current.number() > ratifiedRenewals) {
            current = lastTerm();
        }
        Term next = terms.renewalTermYears() > 0 && current.number() < ratifiedRenewals ? term(current.number() + 1) : null;
        return new AgreementDates(asOf, current, nextNoticeableBreak(asOf), current.end(),
                next == null ? null : next.start(), next, nextExit(asOf), membershipEnd());
    }

    /** Ratified terms from the initial one up to and including the one containing {@code until}. */
    public List<Term> termsUntil(LocalDate until) {
        List<Term> out = new ArrayList<>();
        Term t = term(0);
        out.add(t);
        while (until.isAfter(t.end()) && t.number() < ratifiedRenewals) {
            t = term(t.number() + 1);
            out.add(t);
        }
        return out;
    }

    /**
     * Checks a break notice served on {@code servedOn} and answers the break date it takes effect at.
     *
     * @throws NoticeTooLateException when it is served after the last notice date of the next break, or when no break
     *                                is left before the membership ends
     */
    public BreakPoint breakTakenBy(LocalDate servedOn) {
        BreakPoint next = nextBreakOnOrAfter(servedOn);
        if (next == null || servedOn.isAfter(next.lastNoticeDate())) {
            BreakPoint target = next != null ? next : lastBreakBefore(servedOn);
            LocalDate exit = nextExit(servedOn);
            BreakPoint following = nextNoticeableBreak(servedOn);
            String why = exit == null ? null
                    : following != null ? "the break of the " + termOn(exit).label().toLowerCase() + ", notice by "
                            + following.lastNoticeDate()
                    : ratifiedRenewals == 0 ? "the end of the initial term: no renewal has been ratified"
                    : "the end of " + lastTerm().label().toLowerCase() + ": no further renewal has been ratified";
            throw new NoticeTooLateException(servedOn, target, exit, why);
        }
        return next;
    }

    /** The latest break point of the ratified terms falling before {@code day}, or null. */
    BreakPoint lastBreakBefore(LocalDate day) {
        for (int n = Math.min(termOn(day).number(), ratifiedRenewals); n >= 0; n--) {
            BreakPoint bp = term(n).breakPoint();
            if (bp != null && bp.breakDate().isBefore(day)) {
                return bp;
            }
        }
        return null;
    }
}
