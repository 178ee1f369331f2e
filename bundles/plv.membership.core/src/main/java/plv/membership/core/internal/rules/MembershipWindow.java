package plv.membership.core.internal.rules;

import java.time.LocalDate;

/**
 * The days a member belongs (and pays).
 *
 * @param gssCode the member
 * @param name    its name
 * @param from    first day of membership
 * @param to      last day of membership (its break date), or null while it stays
 */
public record MembershipWindow(String gssCode, String name, LocalDate from, LocalDate to) {

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
