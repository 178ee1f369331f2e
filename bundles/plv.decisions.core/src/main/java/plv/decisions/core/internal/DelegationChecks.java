package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import plv.decisions.api.DelegationCheck;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.OfficerDecisionDraft;
import plv.platform.api.money.Money;

/**
 * The checks the monitoring officer's review makes by itself of an officer decision against the delegation it was
 * taken under: its value against the financial limit, its date against the delegation's start and expiry, and its
 * subject (the delegated matter it names) against the matters delegated. A check that fails stops "confirmed within
 * delegation" unless the reviewer records why (see {@code docs/rules/council-decisions.md}).
 */
final class DelegationChecks {

    private DelegationChecks() {
    }

    /**
     * @param record         the officer decision record
     * @param terms          the delegation's terms
     * @param decisionDate   the date of the council decision that made the delegation (its start when none is given)
     */
    static List<DelegationCheck> of(OfficerDecisionDraft record, DelegationDraft terms, LocalDate decisionDate) {
        return List.of(financialLimit(record, terms), period(record, terms, decisionDate), scope(record, terms));
    }

    static DelegationCheck financialLimit(OfficerDecisionDraft r, DelegationDraft t) {
        String label = "Value within the financial limit";
        if (t.financialLimitPence() == null) {
            return new DelegationCheck(DelegationCheck.FINANCIAL_LIMIT, label, true, "The delegation sets no financial limit.");
        }
        String limit = Money.format(t.financialLimitPence());
        if (r.valuePence() == null) {
            return new DelegationCheck(DelegationCheck.FINANCIAL_LIMIT, label, false,
                    "The record gives no value; the delegation's limit is " + limit + ".");
        }
        String value = Money.format(r.valuePence());
        return r.valuePence() > t.financialLimitPence()
                ? new DelegationCheck(DelegationCheck.FINANCIAL_LIMIT, label, false, value + " is over the delegation's limit of "
                        + limit + " by " + Money.format(r.valuePence() - t.financialLimitPence()) + ".")
                : new DelegationCheck(DelegationCheck.FINANCIAL_LIMIT, label, true, value + " is within the limit of " + limit + ".");
    }

    static DelegationCheck period(OfficerDecisionDraft r, DelegationDraft t, LocalDate councilDecisionDate) {
        String label = "Date within the delegation's period";
        LocalDate start = t.startsOn() != null ? t.startsOn() : councilDecisionDate;
        LocalDate day = r.decisionDate();
        String period = (start == null ? "no start date" : "from " + start) + (t.expires() == null ? ", no expiry" : " to " + t.expires());
        if (day == null) {
            return new DelegationCheck(DelegationCheck.PERIOD, label, false, "The record gives no decision date; the delegation runs " + period + ".");
        }
        if (start == null) {
            return new DelegationCheck(DelegationCheck.PERIOD, label, false, "The delegation has no start: neither a start"
                    + " date nor the date of the council decision that made it is recorded.");
        }
        if (day.isBefore(start)) {
            return new DelegationCheck(DelegationCheck.PERIOD, label, false, "Decided on " + day
                    + ", before the delegation took effect on " + start + ".");
        }
        if (t.expires() != null && day.isAfter(t.expires())) {
            return new DelegationCheck(DelegationCheck.PERIOD, label, false, "Decided on " + day
                    + ", after the delegation expired on " + t.expires() + ".");
        }
        return new DelegationCheck(DelegationCheck.PERIOD, label, true, "Decided on " + day + ", within the delegation " + period + ".");
    }

    static DelegationCheck scope(OfficerDecisionDraft r, DelegationDraft t) {
        String label = "Subject within the delegated matters";
        if (t.matters().isEmpty()) {
            return new DelegationCheck(DelegationCheck.SCOPE, label, false, "The delegation lists no matters to check the"
                    + " subject against: record them on the delegation, or say why the subject is within its scope.");
        }
        if (r.matter() == null || r.matter().isBlank()) {
            return new DelegationCheck(DelegationCheck.SCOPE, label, false, "The record does not say which delegated matter"
                    + " it was taken under; the delegation covers: " + String.join("; ", t.matters()) + ".");
        }
        boolean listed = t.matters().stream().anyMatch(m -> normal(m).equals(normal(r.matter())));
        return listed
                ? new DelegationCheck(DelegationCheck.SCOPE, label, true, "\"" + r.matter().strip() + "\" is a delegated matter.")
                : new DelegationCheck(DelegationCheck.SCOPE, label, false, "\"" + r.matter().strip()
                        + "\" is not one of the delegated matters: " + String.join("; ", t.matters()) + ".");
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
