package plv.board.core.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import plv.board.api.PscEntry;
import plv.platform.api.ValidationException;

/** The register of people with significant control (s790M): "no registrable person" or the people and entities. */
class PscRuleTest {
    private static final PscEntry NONE = new PscEntry(1, PscEntry.Kind.NO_REGISTRABLE_PERSON, null, null,
            PscEntry.NO_REGISTRABLE_PERSON_STATEMENT, LocalDate.of(2023, 4, 1), null);
    private static final PscEntry ENTITY = new PscEntry(2, PscEntry.Kind.RELEVANT_LEGAL_ENTITY, "Holding Ltd", "London",
            "Holds more than 75% of the voting rights", LocalDate.of(2023, 4, 1), null);

    @Test
    void theStatementThatThereIsNobodyCannotStandBesideAPersonOrEntity() {
        assertThatCode(() -> PscRegisterService.check(PscEntry.Kind.NO_REGISTRABLE_PERSON, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> PscRegisterService.check(PscEntry.Kind.RELEVANT_LEGAL_ENTITY, List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> PscRegisterService.check(PscEntry.Kind.INDIVIDUAL, List.of(NONE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cease that statement");
        assertThatThrownBy(() -> PscRegisterService.check(PscEntry.Kind.NO_REGISTRABLE_PERSON, List.of(ENTITY)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cease that entry");
        assertThatThrownBy(() -> PscRegisterService.check(PscEntry.Kind.NO_REGISTRABLE_PERSON, List.of(NONE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already states");
    }
}
