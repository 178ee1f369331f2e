package plv.membership.api;

/** How a shared total is divided among the members of a period. */
public enum SharingBasis {
    /** Equal shares. */
    EQUAL,
    /** In proportion to a weighting (e.g. population, placements used). */
    WEIGHTED,
    /** A stated percentage in equal shares, the rest by weighting. */
    MIXED
}
