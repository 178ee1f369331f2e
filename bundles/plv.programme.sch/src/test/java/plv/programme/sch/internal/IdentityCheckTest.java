package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityCheckTest {

    @Test
    void warnsOfNamesDatesOfBirthAndAddresses() {
        assertThat(IdentityCheck.warnings("Notes", "the boy, John Smith, needs a place")).singleElement().asString().contains("name");
        assertThat(IdentityCheck.warnings("Notes", "DOB 12/03/2012")).singleElement().asString().contains("date of birth");
        assertThat(IdentityCheck.warnings("Notes", "lives at 14 Acacia Avenue")).anyMatch(w -> w.contains("address"));
        assertThat(IdentityCheck.warnings("Notes", "family in N1 9GU")).anyMatch(w -> w.contains("address"));
    }

    @Test
    void plainCareTextPasses() {
        assertThat(IdentityCheck.warnings("Notes", "Needs education support on site; family visits weekly.")).isEmpty();
        assertThat(IdentityCheck.warnings("Notes", "")).isEmpty();
    }
}
