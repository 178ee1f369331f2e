package plv.programme.example.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;

/** The programme's one deadline, a gateway review ten days ahead: it comes and goes with the bundle. */
@Component
public class ExampleGatewayReview implements DeadlineSource {

    static final String UID = "gateway-review@example-pathfinder.plv.london";

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        if (!actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR, Role.COMMISSIONING_OFFICER)) {
            return List.of();
        }
        return List.of(new Deadline(LocalDate.now(ZoneId.of("Europe/London")).plusDays(10), "Example Pathfinder", "Gateway review",
                "Gateway review of the Example Pathfinder business case", "/api/programmes/example-pathfinder", UID, null, false));
    }
}
