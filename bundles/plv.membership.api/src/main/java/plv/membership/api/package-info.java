/**
 * The membership area: the register of members (Companies Act 2006 s113) with its dated history, member agreements
 * with break clauses and renewals, the fee schedule and contributions, index series, and the deadlines they produce.
 * Dates are {@link java.time.LocalDate}s; money is whole pence in {@code long}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package plv.membership.api;
