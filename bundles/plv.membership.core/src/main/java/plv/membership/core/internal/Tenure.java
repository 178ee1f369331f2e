package plv.membership.core.internal;

import java.time.LocalDate;
import java.util.List;

import plv.membership.api.AgreementEventType;
import plv.membership.core.internal.rules.AgreementCalendar;
import plv.platform.api.time.WorkingDays;

/**
 * How long a member's membership lasts as its agreement's records stand: the end of the last ratified term, or earlier
 * when a break notice in force or a termination ends it. One place for the register's status, the fees and the
 * deadlines, so they always agree.
 */
final class Tenure {

    private Tenure() {
    }

    /** Renewal terms ratified so far (each RENEWED event ratifies the term after the last ratified one). */
    static int ratifiedRenewals(List<AgreementEventEntity> events) {
        return (int) events.stream().filter(e -> e.type == AgreementEventType.RENEWED).count();
    }

    static AgreementCalendar calendar(AgreementEntity a, List<AgreementEventEntity> events) {
        return new AgreementCalendar(a.terms.terms(), ratifiedRenewals(events), WorkingDays.englandAndWales());
    }

    /** The last day of membership: the earliest of the break taken, the termination and the last ratified term's end. */
    static LocalDate lastDay(AgreementEntity a, List<AgreementEventEntity> events) {
        LocalDate end = calendar(a, events).membershipEnd();
        AgreementEventEntity notice = MemberAgreementsService.noticeInForce(events);
        if (notice != null && notice.effectiveOn.isBefore(end)) {
            end = notice.effectiveOn;
        }
        for (AgreementEventEntity e : events) {
            if (e.type == AgreementEventType.TERMINATED && e.effectiveOn != null && e.effectiveOn.isBefore(end)) {
                end = e.effectiveOn;
            }
        }
        return end;
    }

    /** Why membership ends on {@link #lastDay}, for the history and the deadlines. */
    static String endReason(AgreementEntity a, List<AgreementEventEntity> events) {
        LocalDate end = lastDay(a, events);
        AgreementEventEntity notice = MemberAgreementsService.noticeInForce(events);
        if (notice != null && notice.effectiveOn.equals(end)) {
            return "Break took effect on " + end;
        }
        if (events.stream().anyMatch(e -> e.type == AgreementEventType.TERMINATED && end.equals(e.effectiveOn))) {
            return "Agreement terminated; last day " + end;
        }
        return "Term ended on " + end + " without a ratified renewal";
    }
}
