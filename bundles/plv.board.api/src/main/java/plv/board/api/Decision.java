package plv.board.api;

import java.util.List;

/**
 * What was decided on an item.
 *
 * @param resolution the resolution's wording
 * @param proposer   who proposed it, or null
 * @param seconder   who seconded it, or null
 * @param consensus  true when agreed by consensus (then the vote counts are zero)
 * @param votesFor   votes for
 * @param against    votes against
 * @param abstained  abstentions
 * @param notVoting  persons who did not vote because of an interest
 */
public record Decision(String resolution, String proposer, String seconder, boolean consensus, int votesFor,
        int against, int abstained, List<String> notVoting) {

    public Decision {
        notVoting = notVoting == null ? List.of() : List.copyOf(notVoting);
    }

    /** True when the resolution was carried. */
    public boolean carried() {
        return consensus || votesFor > against;
    }

    /** "Agreed by consensus" or "For 5, against 1, abstentions 0". */
    public String outcome() {
        return consensus ? "Agreed by consensus"
                : "For " + votesFor + ", against " + against + ", abstentions " + abstained + (carried() ? ": carried" : ": not carried");
    }
}
