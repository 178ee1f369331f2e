package plv.decisions.core.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.decisions.api.Consultation;
import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecisionDraft;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/**
 * Demo data drawn from the seed documents, loaded when the framework property {@code plv.demo=true} is set and the
 * decision tables are empty: the councils' joining decisions (Enfield's key decision KD 5483 by Cabinet, Bromley's
 * delegation to the Director of Children's Services in consultation with the Director of Finance and the Monitoring
 * Officer) and officer decision records awaiting review, including Camden's and Hackney's.
 */
@Component(immediate = true, service = DemoDecisions.class)
public class DemoDecisions {

    static final String SCOPE = "a) Finalise the legal documents required to set up, join and run the Pan-London Vehicle; and"
            + " b) make the final determination on the Council's membership of the Pan-London Vehicle and, if appropriate,"
            + " enter into all the legal agreements, contracts and other documents required to implement and run it.";
    static final List<String> CONSULTEES = List.of("Director of Finance", "Monitoring Officer");
    static final List<String> CONDITIONS = List.of("Only after completion of the revised secure children's home business case",
            "Membership 1 April 2023 to 31 March 2028 with a break point after three years",
            "Annual membership cost no more than £20,000 (subject to inflation adjustment) once the home opens");

    private final CouncilDecisionRegister decisions;
    private final DelegationRegister delegations;
    private final OfficerDecisionRegister records;

    @Activate
    public DemoDecisions(BundleContext context, @Reference DecisionData data, @Reference Database database) {
        this.decisions = new CouncilDecisionRegister(data);
        this.delegations = new DelegationRegister(data);
        this.records = new OfficerDecisionRegister(data);
        // once per database: a node starting at the same moment waits, then finds the decisions there
        database.exclusively("plv.decisions.demo", () -> {
            if (Boolean.parseBoolean(context.getProperty("plv.demo")) && decisions.list(Actor.system()).isEmpty()) {
                load();
            }
        });
    }

    DemoDecisions(DecisionData data) {
        this.decisions = new CouncilDecisionRegister(data);
        this.delegations = new DelegationRegister(data);
        this.records = new OfficerDecisionRegister(data);
    }

    void load() {
        Actor system = Actor.system();
        CouncilDecision enfield = decisions.create(system, joining("E09000010", "KD 5483", DecisionMaker.CABINET,
                "Cabinet Member for Children's Services", "Cabinet, 8 February 2023", LocalDate.of(2023, 2, 8),
                LocalDate.of(2022, 6, 30), LocalDate.of(2023, 2, 8), true, 3));
        Delegation enfieldDel = delegations.create(system, enfield.id(), delegation("Executive Director - People"));
        CouncilDecision bromley = decisions.create(system, joining("E09000006", "CEF23007", DecisionMaker.CABINET_MEMBER,
                "Portfolio Holder for Children, Education and Families", "Children, Education and Families PDS Committee",
                LocalDate.of(2023, 1, 24), LocalDate.of(2022, 12, 16), LocalDate.of(2023, 1, 24), false, null));
        delegations.create(system, bromley.id(), delegation("Director of Children, Education and Families"));
        CouncilDecision camden = decisions.create(system, joining("E09000007", "CAM-2023-014", DecisionMaker.CABINET,
                null, "Cabinet, 15 March 2023", LocalDate.of(2023, 3, 15), LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 3, 15), false, null));
        Delegation camdenDel = delegations.create(system, camden.id(), delegation("Director of Children's Services"));
        CouncilDecision hackney = decisions.create(system, joining("E09000012", "HK-KD-0427", DecisionMaker.CABINET,
                "Cabinet Member for Education, Young People and Children's Social Care", "Cabinet, 27 March 2023",
                LocalDate.of(2023, 3, 27), LocalDate.of(2023, 3, 3), LocalDate.of(2023, 3, 27), true, 3));
        Delegation hackneyDel = delegations.create(system, hackney.id(), delegation("Group Director, Children and Education"));
        decisions.create(system, forwardPlan("E09000019", "ISL-FP-118", LocalDate.of(2026, 12, 10)));

        records.record(system, enfieldDel.id(), officer("Final determination on membership of the PLV",
                "Executive Director - People", LocalDate.of(2023, 3, 31), false));
        records.record(system, camdenDel.id(), officer("Final determination on membership of the PLV",
                "Director of Children's Services", LocalDate.of(2023, 3, 29), false));
        records.record(system, camdenDel.id(), officer("Members' agreement of the PLV signed",
                "Director of Children's Services", LocalDate.of(2023, 4, 3), false));
        records.record(system, hackneyDel.id(), officer("Final determination on membership of the PLV",
                "Group Director, Children and Education", LocalDate.of(2023, 3, 31), true));
    }

    private static CouncilDecisionDraft joining(String gss, String ref, DecisionMaker maker, String detail, String meeting,
            LocalDate decided, LocalDate notice, LocalDate due, boolean exempt, Integer paragraph) {
        return new CouncilDecisionDraft(gss, ref, "Membership of the jointly owned Pan-London Vehicle for Commissioning", maker,
                detail, meeting, decided, true, "Significant impact on 2 or more wards", notice, due, NoticeException.NONE, null,
                exempt, paragraph, true,
                "Agree the Council becomes a member of the Pan-London Vehicle, a not-for-profit company limited by guarantee, to"
                        + " develop and oversee London's secure children's home from 1 April 2023 to 31 March 2028 with a break"
                        + " point after three years, at £20,000 a year (subject to inflation adjustment) once the home opens;"
                        + " and delegate the final steps to the Director of Children's Services.",
                "No secure children's home provision in London; children placed on average 192 miles from home; joint"
                        + " commissioning brings London's purchasing power to bear.",
                "Do nothing (continued high-cost distant placements); commission alone (lacks scale).", null, null, true,
                null, DecisionStatus.DECIDED, List.of());
    }

    private static CouncilDecisionDraft forwardPlan(String gss, String ref, LocalDate due) {
        return new CouncilDecisionDraft(gss, ref, "Membership of the Pan-London Vehicle for Commissioning", DecisionMaker.CABINET,
                null, null, null, true, "Expenditure over the key decision threshold", due.minusDays(60), due,
                NoticeException.NONE, null, false, null, false, null, null, null, null, null, true, null,
                DecisionStatus.FORWARD_PLAN, List.of());
    }

    private static DelegationDraft delegation(String post) {
        return new DelegationDraft(post, null, CONSULTEES, SCOPE, null, CONDITIONS, LocalDate.of(2028, 3, 31), true);
    }

    private static OfficerDecisionDraft officer(String title, String post, LocalDate date, boolean exempt) {
        return new OfficerDecisionDraft(date, title,
                "Confirm the Council's membership of the Pan-London Vehicle and sign the members' agreement.",
                "The revised secure children's home business case was completed and supports membership.",
                "Not joining: the Council would lose priority access to the 24 places.", "Demo officer", post,
                List.of(new Consultation("Director of Finance", null, date.minusDays(5), "Supports; the fee is within budget."),
                        new Consultation("Monitoring Officer", null, date.minusDays(4), "No legal objection.")),
                null, null, List.of("Members' agreement (final draft)", "Revised business case"), 2_000_000L, exempt,
                exempt ? 3 : null);
    }
}
