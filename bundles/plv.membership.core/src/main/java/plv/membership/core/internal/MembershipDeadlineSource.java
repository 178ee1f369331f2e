package plv.membership.core.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.DeadlineKind;
import plv.membership.api.Deadlines;
import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;

/**
 * The membership deadlines on the suite's deadlines page, dashboard and calendar feed: break notice deadlines, break
 * dates, term ends, renewals, representative changes and fee reviews. For the secretary, directors and monitoring
 * officers (who see only their own council's); none of them stays overdue, the dates simply pass.
 */
@Component(service = DeadlineSource.class)
public class MembershipDeadlineSource implements DeadlineSource {

    static final String AREA = "Membership";
    private final Deadlines deadlines;

    @Activate
    public MembershipDeadlineSource(@Reference Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        if (!actor.in(RoleGroup.COUNCIL_RECORD_READERS)) {
            return List.of();
        }
        return deadlines.upcoming(actor, from, (int) ChronoUnit.DAYS.between(from, until)).stream()
                .map(MembershipDeadlineSource::deadline).toList();
    }

    static Deadline deadline(plv.membership.api.Deadline d) {
        String path = d.kind() == DeadlineKind.FEE_REVIEW ? "/members/fees"
                : d.gssCode() == null ? "/members" : "/members/" + d.gssCode();
        return new Deadline(d.date(), AREA, d.kind().label(), d.title(), path, d.uid(), d.gssCode(), false);
    }
}
