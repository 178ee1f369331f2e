package plv.membership.core.internal;

import java.util.Map;
import java.util.TreeMap;

import plv.membership.api.AgreementTerms;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;

/** Checks agreement terms before they are saved, and lists their changes for the audit trail. */
final class TermsCheck {

    private TermsCheck() {
    }

    static void check(AgreementTerms t) {
        if (t == null || t.termStart() == null) {
            throw new ValidationException("termStart", "Enter the first day of the initial term (YYYY-MM-DD).");
        }
        if (t.initialTermYears() < 1 || t.initialTermYears() > 50) {
            throw new ValidationException("initialTermYears", "Enter the initial term in whole years, from 1 to 50.");
        }
        if (t.initialBreakAfterYears() < 0 || t.initialBreakAfterYears() >= t.initialTermYears()) {
            throw new ValidationException("initialBreakAfterYears", "The break must fall at the end of a year before the"
                    + " term ends: enter 0 (no break) up to " + (t.initialTermYears() - 1) + ".");
        }
        if (t.renewalTermYears() < 0 || t.renewalTermYears() > 50) {
            throw new ValidationException("renewalTermYears", "Enter the renewal term in whole years, 0 (no renewal) to 50.");
        }
        if (t.renewalBreakAfterYears() < 0
                || t.renewalTermYears() > 0 && t.renewalBreakAfterYears() >= t.renewalTermYears()) {
            throw new ValidationException("renewalBreakAfterYears", "The renewal break must fall before the renewal term"
                    + " ends: enter 0 (no break) up to " + Math.max(0, t.renewalTermYears() - 1) + ".");
        }
        if (t.noticeMonths() < 0 || t.noticeMonths() > 24) {
            throw new ValidationException("noticeMonths", "Enter the notice period in months, from 0 to 24.");
        }
    }

    static Map<String, FieldChange> changes(AgreementTerms before, AgreementTerms after) {
        Map<String, FieldChange> c = new TreeMap<>();
        c.put("termStart", FieldChange.of(before == null ? null : before.termStart(), after.termStart()));
        c.put("initialTermYears", FieldChange.of(before == null ? null : before.initialTermYears(), after.initialTermYears()));
        c.put("initialBreakAfterYears",
                FieldChange.of(before == null ? null : before.initialBreakAfterYears(), after.initialBreakAfterYears()));
        c.put("renewalTermYears", FieldChange.of(before == null ? null : before.renewalTermYears(), after.renewalTermYears()));
        c.put("renewalBreakAfterYears",
                FieldChange.of(before == null ? null : before.renewalBreakAfterYears(), after.renewalBreakAfterYears()));
        c.put("noticeMonths", FieldChange.of(before == null ? null : before.noticeMonths(), after.noticeMonths()));
        c.put("noticeOnWorkingDay",
                FieldChange.of(before == null ? null : before.noticeOnWorkingDay(), after.noticeOnWorkingDay()));
        return c;
    }
}
