package plv.programme.sch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import plv.programme.sch.internal.NotifiableEvents.Body;
import plv.programme.sch.internal.NotifiableEvents.Category;

/** Reg 40 as docs/rules/sch-inspections-and-incidents.md reads it: who each paragraph names. */
class NotifiableEventsTest {

    @Test
    void aDeathIsToldToTheSixBodiesOfParagraphOne() {
        assertThat(Category.DEATH.required()).containsExactlyInAnyOrder(Body.HMCI, Body.PLACING_AUTHORITY, Body.SECRETARY_OF_STATE,
                Body.HOST_AUTHORITY, Body.ICB, Body.PPO);
        assertThat(Category.WORKER_REFERRAL.required()).containsExactlyInAnyOrder(Body.HMCI, Body.PLACING_AUTHORITY);
        assertThat(Category.SERIOUS_POLICE_INCIDENT.required()).containsExactly(Body.HMCI);
        assertThat(Category.OTHER_SERIOUS.required()).isEmpty();
    }

    @Test
    void anIncidentSummaryThatNamesAChildIsWarnedAbout() {
        assertThat(IdentityCheck.warnings("Summary", "Police called after Jamie Smith absconded from the garden")).isNotEmpty();
        assertThat(IdentityCheck.warnings("Summary", "Police called after a young person left the building without permission")).isEmpty();
    }
}
