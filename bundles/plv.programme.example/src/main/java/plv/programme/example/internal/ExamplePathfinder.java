package plv.programme.example.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeStatus;
import plv.platform.api.ProgrammeType;
import plv.platform.api.RegisterDescriptor;

/** The smallest possible programme: an identity and one register. */
@Component
@ProgrammeType("example-pathfinder")
public class ExamplePathfinder implements Programme {

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor("example-pathfinder", "Example Pathfinder",
                "A test programme that shows a bundle can add a programme to a running system.", ProgrammeStatus.PLANNED);
    }

    @Override
    public List<RegisterDescriptor> registers() {
        return List.of(new RegisterDescriptor("placements", "Placements", null));
    }
}
