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
     * Circulates a resolution. The eligible members are read from the register of members: every member on the
     * register on {@code circulatedOn} (s289), one vote each; refused when the register has nobody on that day.
     *
     * @param periodDays the period for agreeing, in days beginning with the circulation date: 28 unless the articles
     *                   set another period (s297); the last day to agree is {@code circulatedOn + periodDays - 1}
     */
    WrittenResolution circulate(Actor actor, ResolutionKind kind, String text, LocalDate circulatedOn, int periodDays);

    /**
     * Records a member's agreement; refused for a non-eligible member, a second agreement, or after the last day to
     * agree. Without {@code representative}, the member's corporate representative on the register that day is named.
     */
    WrittenResolution recordAgreement(Actor actor, long id, String memberGss, LocalDate agreedOn, String representative);

    /**
     * Records that a copy of a passed special resolution was filed at Companies House (s30), which ends its filing
     * deadline; refused for an ordinary or unpassed resolution, a date before it passed, a second filing, or a stale
     * {@code version}.
     */
    WrittenResolution recordFiling(Actor actor, long id, LocalDate filedOn, long version);
}
