package plv.membership.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's agreement: the template's terms with any overrides, the events so far and the computed dates.
 *
 * @param id           its id
 * @param gssCode      the member
 * @param memberName   the member's name
 * @param templateName the template it was made from
 * @param terms        its own terms (template terms plus overrides)
 * @param joinedOn     the date its membership starts (on or after the term start)
 * @param events       its events, oldest first
 * @param dates        the computed dates as of the day asked for
 * @param noticeServed true when a break notice is in force (served and not withdrawn)
 * @param breakTakenOn the break date the notice in force takes effect on, or null
 * @param renewal      the renewal following the current term: ratified or not
 * @param lastDay      the last day of membership as the records stand (break taken, termination, or the end of the
 *                     last ratified term)
 */
public record MemberAgreement(long id, String gssCode, String memberName, String templateName, AgreementTerms terms,
        LocalDate joinedOn, List<AgreementEvent> events, AgreementDates dates, boolean noticeServed,
        LocalDate breakTakenOn, Renewal renewal, LocalDate lastDay) {

    public MemberAgreement {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
