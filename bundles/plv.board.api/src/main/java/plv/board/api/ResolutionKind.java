package plv.board.api;

/** Ordinary resolutions pass with more than half of the eligible votes; special ones with at least 75% (s282–283). */
public enum ResolutionKind {
    ORDINARY, SPECIAL
}
