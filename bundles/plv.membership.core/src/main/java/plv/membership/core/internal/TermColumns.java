package plv.membership.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import plv.membership.api.AgreementTerms;

/** The date terms as columns, shared by templates and agreements. */
@Embeddable
public class TermColumns {
    @Column(name = "TERM_START")
    LocalDate termStart;
    @Column(name = "INITIAL_YEARS")
    int initialYears;
    @Column(name = "INITIAL_BREAK_YEAR")
    int initialBreakYear;
    @Column(name = "RENEWAL_YEARS")
    int renewalYears;
    @Column(name = "RENEWAL_BREAK_YEAR")
    int renewalBreakYear;
    @Column(name = "NOTICE_MONTHS")
    int noticeMonths;
    @Column(name = "NOTICE_WORKING_DAY")
    boolean noticeWorkingDay;

    static TermColumns of(AgreementTerms t) {
        TermColumns c = new TermColumns();
        c.termStart = t.termStart();
        c.initialYears = t.initialTermYears();
        c.initialBreakYear = t.initialBreakAfterYears();
        c.renewalYears = t.renewalTermYears();
        c.renewalBreakYear = t.renewalBreakAfterYears();
        c.noticeMonths = t.noticeMonths();
        c.noticeWorkingDay = t.noticeOnWorkingDay();
        return c;
    }

    AgreementTerms terms() {
        return new AgreementTerms(termStart, initialYears, initialBreakYear, renewalYears, renewalBreakYear, noticeMonths,
                noticeWorkingDay);
    }
}
