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
 */
public record DelegationDraft(String officerPost, String officerName, List<String> consulteePosts, String scope,
        Long financialLimitPence, List<String> conditions, LocalDate expires, boolean finalDetermination) {

    public DelegationDraft {
        consulteePosts = consulteePosts == null ? List.of() : List.copyOf(consulteePosts);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
