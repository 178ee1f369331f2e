package plv.programme.sch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;

/**
 * The Secure Children's Home's deadlines on the suite's deadlines page, dashboard and calendar feed, for the staff who
 * see its registers: each risk's next review (by its score's review frequency; overdue until reviewed) and the end of
 * each contract that is not cancelled or terminated.
 */
@Component(service = DeadlineSource.class)
public class SchDeadlineSource implements DeadlineSource {

    static final String AREA = "Secure Children's Home";
    private static final Set<String> ENDED = Set.of("cancelled", "terminated");
    private final SchRegisters registers;

    @Activate
    public SchDeadlineSource(@Reference SchRegisters registers) {
        this.registers = registers;
    }

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        if (!actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR, Role.COMMISSIONING_OFFICER)) {
            return List.of();
        }
        List<Deadline> out = new ArrayList<>();
        registers.risks().forEach(r -> out.add(reviewOf(r)));
        registers.contracts(actor).stream().filter(c -> c.endDate() != null && !ENDED.contains(c.status()))
                .forEach(c -> out.add(endOf(c)));
        return out;
    }

    /** One event per risk (its UID stays when the review date moves on), so a calendar moves it rather than adds one. */
    static Deadline reviewOf(Risk r) {
        return new Deadline(r.nextReview(), AREA, "Risk review due", "Review risk " + r.reference() + " " + r.title() + " (score "
                + r.current().value() + ", " + r.current().rating() + "; owner " + r.owner() + ")",
                SecureChildrensHome.PATH + "/risks#" + r.reference(), "risk-review-" + r.reference() + "@sch.plv.london", null, true);
    }

    static Deadline endOf(Contract c) {
        return new Deadline(c.endDate(), AREA, "Contract ends", "Contract " + c.reference() + " " + c.title() + " with "
                + c.supplier() + " ends", SecureChildrensHome.PATH + "/contracts",
                "contract-end-" + c.reference() + "@sch.plv.london", null, false);
    }
}
