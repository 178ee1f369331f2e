package plv.board.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** Written resolutions of members: circulated, agreed member by member, passed at the threshold or lapsed. */
@ProviderType
public interface WrittenResolutions {

    /** Newest first, with status as of today. */
    List<WrittenResolution> resolutions(Actor actor);

    WrittenResolution resolution(Actor actor, long id);

    /**
     * Circulates a resolution to {@code eligibleMembers} (GSS codes of the members on the circulation date).
     *
     * @param lapseDays days after circulation when it lapses (28 unless the articles set another period)
     */
    WrittenResolution circulate(Actor actor, ResolutionKind kind, String text, LocalDate circulatedOn,
            List<String> eligibleMembers, int lapseDays);

    /** Records a member's agreement; refused for a non-eligible member, a second agreement, or after it lapsed. */
    WrittenResolution recordAgreement(Actor actor, long id, String memberGss, LocalDate agreedOn, String representative);

    /**
     * Records that a copy of a passed special resolution was filed at Companies House (s30), which ends its filing
     * deadline; refused for an ordinary or unpassed resolution, a date before it passed, a second filing, or a stale
     * {@code version}.
     */
    WrittenResolution recordFiling(Actor actor, long id, LocalDate filedOn, long version);
}
