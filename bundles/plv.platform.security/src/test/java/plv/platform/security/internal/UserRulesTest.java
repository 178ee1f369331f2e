package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.security.api.NewUser;

class UserRulesTest {

    @Test
    void aMonitoringOfficerNeedsACouncil() {
        assertThatThrownBy(() -> UserRules.check(new NewUser("mo.x", "MO", Role.MONITORING_OFFICER, null, "long enough pass")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("councilGss"));
        NewUser ok = UserRules.check(new NewUser(" mo.x ", " MO ", Role.MONITORING_OFFICER, "e09000007", "long enough pass"));
        assertThat(ok.username()).isEqualTo("mo.x");
        assertThat(ok.councilGss()).isEqualTo("E09000007");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> UserRules.check(new NewUser("A", "", Role.DIRECTOR, "E09000007", "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("username", "displayName", "councilGss", "password"));
    }

    @Test
    void aDisplayNameMayHoldAnyTextBecauseOutputIsEscaped() {
        NewUser u = UserRules.check(new NewUser("xss", "<script>alert(1)</script>", Role.VIEWER, null, "long enough pass"));
        assertThat(u.displayName()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void theDemoUsersAreValid() {
        SecurityBootstrap.DEMO_USERS.forEach(UserRules::check);
    }
}
