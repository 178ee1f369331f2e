package plv.programme.example.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.KeyDate;
import plv.platform.api.Participant;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeStatus;
import plv.platform.api.ProgrammeType;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.time.PlvClock;

/**
 * The smallest possible programme, on the programme kit: an identity, one register, two participants and one key date
 * (a gateway review ten days ahead, counted from the suite's one clock). The shell renders its overview page, navigation
 * entry and deadline from this class.
 */
@Component
@ProgrammeType("example-pathfinder")
public class ExamplePathfinder implements Programme {

    private final PlvClock clock;

    @Activate
    public ExamplePathfinder(@Reference PlvClock clock) {
        this.clock = clock;
    }

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor("example-pathfinder", "Example Pathfinder",
                "A test programme that shows a bundle can add a programme to a running system.", ProgrammeStatus.PLANNED);
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<RegisterDescriptor> registers() {
        return List.of(new RegisterDescriptor("placements", "Placements", null));
    }

    @Override
    public List<Participant> participants() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        return List.of(Participant.of("E09000001", "City of London", start), Participant.of("E09000033", "Westminster", start));
    }

    @Override
    public List<KeyDate> keyDates() {
        return List.of(new KeyDate(clock.today().plusDays(10), "Gateway review",
                "Gateway review of the Example Pathfinder business case"));
    }
}
