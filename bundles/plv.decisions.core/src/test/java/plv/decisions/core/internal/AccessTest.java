package plv.decisions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;

/** Who may read, read exempt text, record and review a council's records. */
class AccessTest {

    @ParameterizedTest(name = "{0} ({1}) on {2}'s records: read {3}, exempt {4}, record {5}, review {6}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            # role                 | actor's council | record's council | read  | exempt | record | review
            SECRETARY              | -               | E09000007        | true  | true   | true   | false
            DIRECTOR               | -               | E09000007        | true  | true   | false  | false
            MONITORING_OFFICER     | E09000007       | E09000007        | true  | true   | false  | true
            MONITORING_OFFICER     | E09000012       | E09000007        | false | false  | false  | false
            MONITORING_OFFICER     | -               | E09000007        | false | false  | false  | false
            COMMISSIONING_OFFICER  | -               | E09000007        | true  | false  | false  | false
            VIEWER                 | -               | E09000007        | true  | false  | false  | false
            """)
    void rights(Role role, String own, String council, boolean read, boolean exempt, boolean record, boolean review) {
        Actor actor = new Actor("u", "U", role, own);
        assertThat(Access.mayRead(actor, council)).isEqualTo(read);
        assertThat(Access.mayReadExempt(actor, council)).isEqualTo(exempt);
        check(() -> Access.requireRead(actor, council, "x"), read);
        check(() -> Access.requireRecord(actor, council), record);
        check(() -> Access.requireReview(actor, council), review);
    }

    private static void check(Runnable r, boolean allowed) {
        if (allowed) {
            assertThatCode(r::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(r::run).isInstanceOf(AccessDeniedException.class);
        }
    }
}
