package plv.decisions.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilStanding;
import plv.decisions.api.CouncilStanding.Standing;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.Delegation;
import plv.decisions.api.LondonAuthority;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.ReviewStatus;
import plv.decisions.api.SecretaryDashboard;
import plv.platform.api.Actor;

/** The secretary's overview of the 33 councils: joining decision, delegation and review progress, overdue items. */
@Component(service = SecretaryDashboard.class)
public class CouncilStandings implements SecretaryDashboard {

    private final DecisionData data;
    private final CouncilDecisionRegister decisions;
    private final DelegationRegister delegations;
    private final OfficerDecisionRegister officerDecisions;

    @Activate
    public CouncilStandings(@Reference DecisionData data) {
        this.data = data;
        this.decisions = new CouncilDecisionRegister(data);
        this.delegations = new DelegationRegister(data);
        this.officerDecisions = new OfficerDecisionRegister(data);
    }

    @Override
    public List<CouncilStanding> standings(Actor actor) {
        Access.requireOverview(actor);
        List<CouncilDecision> all = decisions.list(actor);
        List<Delegation> dels = delegations.list(actor);
        List<OfficerDecision> records = officerDecisions.list(actor);
        return data.authorities.all().stream().map(a -> standing(a, all, dels, records)).toList();
    }

    private CouncilStanding standing(LondonAuthority a, List<CouncilDecision> all, List<Delegation> dels, List<OfficerDecision> records) {
        List<CouncilDecision> mine = all.stream().filter(d -> d.councilGss().equals(a.gss())).toList();
        Optional<CouncilDecision> decided = mine.stream().filter(d -> d.details().status() != DecisionStatus.FORWARD_PLAN)
                .max(Comparator.comparing(d -> d.details().decisionDate()));
        Optional<CouncilDecision> main = decided.or(() -> mine.stream().findFirst());
        boolean joined = decided.map(d -> d.details().decidedToJoin()).orElse(false);
        boolean finalDelegated = dels.stream().anyMatch(d -> d.councilGss().equals(a.gss()) && d.terms().finalDetermination());
        List<OfficerDecision> mineRecords = records.stream().filter(r -> r.councilGss().equals(a.gss())).toList();
        int awaiting = count(mineRecords, ReviewStatus.AWAITING_REVIEW);
        int queried = count(mineRecords, ReviewStatus.QUERIED);
        int confirmed = count(mineRecords, ReviewStatus.CONFIRMED);
        int outside = count(mineRecords, ReviewStatus.OUTSIDE_DELEGATION);
        long overdueForwardPlan = mine.stream().filter(d -> d.details().status() == DecisionStatus.FORWARD_PLAN
                && d.details().decisionDue() != null && d.details().decisionDue().isBefore(data.today())).count();
        int overdue = (int) (mineRecords.stream().filter(OfficerDecision::overdue).count() + overdueForwardPlan);
        Standing standing;
        if (mine.isEmpty()) {
            standing = Standing.NO_RECORD;
        } else if (queried + outside + overdue > 0) {
            standing = Standing.ATTENTION;
        } else if (decided.isEmpty()) {
            standing = Standing.FORWARD_PLAN;
        } else if (!joined) {
            standing = Standing.NOT_JOINING;
        } else if (awaiting > 0) {
            standing = Standing.REVIEW_PENDING;
        } else if (confirmed > 0) {
            standing = Standing.CONFIRMED;
        } else {
            standing = Standing.DECIDED;
        }
        return new CouncilStanding(a, standing, main.map(CouncilDecision::id).orElse(null),
                main.map(d -> d.details().reference()).orElse(null), main.map(d -> d.details().decisionMaker()).orElse(null),
                main.map(d -> d.details().decisionDate()).orElse(null), joined, finalDelegated, awaiting, queried, confirmed,
                outside, overdue);
    }

    private static int count(List<OfficerDecision> records, ReviewStatus status) {
        return (int) records.stream().filter(r -> r.reviewStatus() == status).count();
    }
}
