package plv.board.api;

/**
 * Ordinary resolutions pass with a simple majority (more than half) of the total voting rights of the eligible
 * members (s282(2)); special ones with at least 75% (s283(2)).
 */
public enum ResolutionKind {
    ORDINARY, SPECIAL;

    /**
     * Votes needed out of {@code totalVotingRights}. Worked example with 33 eligible members: ordinary 17 (17 of 33 is
     * more than half, 16 is not), special 25 (25 of 33 is 75.8%, 24 is 72.7%).
     */
    public int votesRequired(int totalVotingRights) {
        return this == ORDINARY ? totalVotingRights / 2 + 1 : (totalVotingRights * 3 + 3) / 4;
    }

    /** Whether {@code agreed} votes out of {@code totalVotingRights} pass a resolution of this kind. */
    public boolean passes(int agreed, int totalVotingRights) {
        return totalVotingRights > 0 && (this == ORDINARY ? agreed * 2 > totalVotingRights : agreed * 4 >= totalVotingRights * 3);
    }
}
