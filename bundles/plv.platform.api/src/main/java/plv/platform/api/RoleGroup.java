package plv.platform.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The groups of roles that pages, services, panels and navigation grant access to: defined once here and used by
 * every bundle, by routes through {@code Access.of(group)} and by services through {@link Actor#in(RoleGroup)}, so
 * that a page and the service behind it cannot disagree on who may read or keep a record. Single roles (the company
 * secretary alone, a monitoring officer alone) are checked with {@link Actor#is(Role)}.
 */
public enum RoleGroup {
    /** Keep the commissioning registers (contracts, risks, notices, programmes' registers): commissioning officers and the company secretary. */
    REGISTER_KEEPERS(Role.COMMISSIONING_OFFICER, Role.SECRETARY),
    /** Read the commissioning registers: their keepers and the directors. */
    REGISTER_READERS(Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR),
    /** The company's officers: the company secretary and the directors (board records, exempt company papers). */
    COMPANY_OFFICERS(Role.SECRETARY, Role.DIRECTOR),
    /**
     * Read the records kept about member councils (members and fees, council decisions, delegations and reviews): the
     * company's officers and monitoring officers, a monitoring officer only for their own council (the services check).
     */
    COUNCIL_RECORD_READERS(Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER),
    /** Record a monitoring officer's review of an officer decision: monitoring officers (their own council) and the company secretary. */
    REVIEWERS(Role.MONITORING_OFFICER, Role.SECRETARY);

    private final Set<Role> roles;

    RoleGroup(Role first, Role... more) {
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles of the group. */
    public Set<Role> roles() {
        return roles;
    }

    /** True when {@code role} belongs to the group. */
    public boolean includes(Role role) {
        return roles.contains(role);
    }
}
