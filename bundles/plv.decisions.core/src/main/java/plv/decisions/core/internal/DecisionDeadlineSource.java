package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.CouncilDecisions;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.ReviewStatus;
import plv.platform.api.Actor;
import plv.platform.api.RoleGroup;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;

/**
 * The council decisions' deadlines on the suite's deadlines page, dashboard and calendar feed: the end of a decided
 * key decision's call-in period, the due date of a key decision still on the forward plan (overdue until the decision
 * is recorded) and the monitoring officer's review of an officer decision (overdue until reviewed). The registers
 * decide what each actor sees: a monitoring officer only their own council's records.
 */
@Component(service = DeadlineSource.class)
public class DecisionDeadlineSource implements DeadlineSource {

    static final String AREA = "Council decisions";
    private final CouncilDecisions decisions;
    private final OfficerDecisions records;

    @Activate
    public DecisionDeadlineSource(@Reference CouncilDecisions decisions, @Reference OfficerDecisions records) {
        this.decisions = decisions;
        this.records = records;
    }

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        List<Deadline> out = new ArrayList<>();
        for (CouncilDecision d : decisions.list(actor)) {
            CouncilDecisionDraft details = d.details();
            if (details.status() == DecisionStatus.DECIDED && d.callInEnds() != null) {
                out.add(new Deadline(d.callInEnds(), AREA, "Call-in period ends", d.councilName() + ": call-in period for "
                        + details.reference() + " " + details.title() + " ends; it may be implemented from " + d.callInEnds().plusDays(1),
                        "/decisions/" + d.id(), "call-in-ends-" + d.id() + "@decisions.plv.london", d.councilGss(), false));
            }
            if (details.status() == DecisionStatus.FORWARD_PLAN && details.keyDecision() && details.decisionDue() != null) {
                out.add(new Deadline(details.decisionDue(), AREA, "Key decision due", d.councilName() + ": key decision "
                        + details.reference() + " " + details.title() + " is due", "/decisions/" + d.id(),
                        "key-decision-due-" + d.id() + "@decisions.plv.london", d.councilGss(), true));
            }
        }
        if (actor.in(RoleGroup.COUNCIL_RECORD_READERS)) {
            for (OfficerDecision o : records.list(actor)) {
                if (o.reviewStatus() == ReviewStatus.AWAITING_REVIEW || o.reviewStatus() == ReviewStatus.QUERIED) {
                    out.add(new Deadline(o.reviewDue(), AREA, "Monitoring officer review", o.councilGss() + ": review the officer"
                            + " decision \"" + o.record().title() + "\" (" + o.reviewStatus().label() + ")", "/reviews/" + o.id(),
                            "officer-decision-review-" + o.id() + "@decisions.plv.london", o.councilGss(), true));
                }
            }
        }
        return out;
    }
}
