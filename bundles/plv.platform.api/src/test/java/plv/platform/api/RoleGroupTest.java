package plv.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import plv.platform.api.web.route.Access;

class RoleGroupTest {

    private static Actor as(Role role) {
        return new Actor("u", "U", role, role == Role.MONITORING_OFFICER ? "E09000001" : null);
    }

    @Test
    void registersAreKeptByCommissioningOfficersAndTheSecretaryAndReadByDirectorsToo() {
        assertEquals(Set.of(Role.COMMISSIONING_OFFICER, Role.SECRETARY), RoleGroup.REGISTER_KEEPERS.roles());
        assertTrue(as(Role.DIRECTOR).in(RoleGroup.REGISTER_READERS));
        assertFalse(as(Role.DIRECTOR).in(RoleGroup.REGISTER_KEEPERS));
        assertFalse(as(Role.MONITORING_OFFICER).in(RoleGroup.REGISTER_READERS));
        assertFalse(as(Role.VIEWER).in(RoleGroup.REGISTER_READERS));
    }

    @Test
    void councilRecordsAreReadByTheCompanyOfficersAndMonitoringOfficers() {
        assertTrue(as(Role.MONITORING_OFFICER).in(RoleGroup.COUNCIL_RECORD_READERS));
        assertFalse(as(Role.COMMISSIONING_OFFICER).in(RoleGroup.COUNCIL_RECORD_READERS));
        assertFalse(as(Role.PLACING_OFFICER).in(RoleGroup.COUNCIL_RECORD_READERS));
        assertTrue(as(Role.MONITORING_OFFICER).in(RoleGroup.REVIEWERS));
        assertFalse(as(Role.DIRECTOR).in(RoleGroup.REVIEWERS));
    }

    @Test
    void exemptCompanyPapersAreForTheCompanyOfficersOnly() {
        for (Role role : Role.values()) {
            assertEquals(role == Role.SECRETARY || role == Role.DIRECTOR, as(role).mayReadCompanyExempt(), role.id());
        }
    }

    @Test
    void aRouteGrantsExactlyTheGroupsRoles() {
        Access access = Access.of(RoleGroup.REGISTER_READERS);
        assertFalse(access.anonymous());
        assertEquals(RoleGroup.REGISTER_READERS.roles(), access.roles());
    }
}
