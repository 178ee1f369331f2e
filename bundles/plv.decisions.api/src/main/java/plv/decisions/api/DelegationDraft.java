package plv.decisions.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a council decision delegates to an officer.
 *
 * @param officerPost          the post delegated to, e.g. "Director of Children's Services"
 * @param officerName          the post holder, or null
 * @param consulteePosts       in consultation with whom (posts), e.g. "Director of Finance", "Monitoring Officer"
 * @param scope                what may be decided
 * @param financialLimitPence  the financial limit in pence, or null when none was given
 * @param conditions           conditions the officer must meet
 * @param expires              when the delegation ends, or null
 * @param finalDetermination   whether the final determination on membership is delegated
 * @param startsOn             when the delegation takes effect, or null for the date of the decision that made it
 * @param matters              the matters delegated, one per item of the resolution (e.g. "Finalise the legal
 *                             documents", "Final determination on membership"); an officer decision names one of them
 */
public record DelegationDraft(String officerPost, String officerName, List<String> consulteePosts, String scope,
        Long financialLimitPence, List<String> conditions, LocalDate expires, boolean finalDetermination,
        LocalDate startsOn, List<String> matters) {

    public DelegationDraft {
        consulteePosts = consulteePosts == null ? List.of() : List.copyOf(consulteePosts);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        matters = matters == null ? List.of() : List.copyOf(matters);
    }
}
