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
import plv.decisions.api.DecisionLeads;
import plv.decisions.api.PrivateMeeting;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecisionDraft;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/**
 * Demo data, loaded when the framework property {@code plv.demo=true} is set and the decision tables are empty. Two
 * records come from the seeds and show only what the seeds say: Enfield's key decision KD 5483 (seed 002: Cabinet,
 * Part 1, notice first published 30 June 2022, lead member, lead director, department and contact) and Bromley's
 * CEF23007 with its delegation to the Director of Children's Services in consultation with the Director of Finance
 * and the Monitoring Officer (seed 000). Everything else (Camden, Hackney, Islington) is made up to show the screens
 * and is marked illustrative in the data and on every page that shows it; the demonstration breaches (a key decision
 * notice short of 28 clear days, an officer decision over the delegation's financial limit and not yet published)
 * are only in those illustrative records.
 */
@Component(immediate = true, service = DemoDecisions.class)
public class DemoDecisions {

    static final String SCOPE = "a) Finalise the legal documents required to set up, join and run the Pan-London Vehicle; and"
            + " b) make the final determination on the Council's membership of the Pan-London Vehicle, following completion"
            + " of the revised secure children's home business case and, if appropriate, enter into all the legal"
            + " agreements, contracts and other documents required to implement and run it.";
    static final String LEGAL_DOCUMENTS = "Finalise the legal documents required to set up, join and run the Pan-London Vehicle";
    static final String FINAL_DETERMINATION = "Make the final determination on the Council's membership of the Pan-London"
            + " Vehicle and enter into the agreements required";
    static final List<String> MATTERS = List.of(LEGAL_DOCUMENTS, FINAL_DETERMINATION);
    static final List<String> CONSULTEES = List.of("Director of Finance", "Monitoring Officer");
    static final List<String> CONDITIONS = List.of("Only after completion of the revised secure children's home business case",
            "Membership 1 April 2023 to 31 March 2028 with a break point after three years",
            "Annual membership cost no more than £20,000 (subject to inflation adjustment) once the home opens");
    static final String TITLE = "Membership of the jointly owned Pan-London Vehicle for Commissioning";

    private final CouncilDecisionRegister decisions;
    private final DelegationRegister delegations;
    private final OfficerDecisionRegister records;

    @Activate
    public DemoDecisions(BundleContext context, @Reference DecisionData data, @Reference Database database) {
        this(data);
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
        // seed 002, as published: KD 5483, key, Part 1, first published 30/06/2022, due 8 Feb 2023 by Cabinet
        decisions.create(system, new CouncilDecisionDraft("E09000010", "KD 5483", TITLE, DecisionMaker.CABINET, null,
                "Cabinet, 8 February 2023", LocalDate.of(2023, 2, 8), true, "Significant Impact on 2 or more Wards",
                LocalDate.of(2022, 6, 30), LocalDate.of(2023, 2, 8), NoticeException.NONE, null, false, null, true,
                "Recommendations approved: the Council becomes a member of the jointly owned Pan-London Vehicle for"
                        + " Commissioning.",
                "No secure welfare provision in London; children needing it are placed on average 192 miles from home;"
                        + " joint commissioning brings London's purchasing power to bear.",
                null, null, null, true, null, DecisionStatus.DECIDED, List.of(),
                new DecisionLeads("Cabinet Member for Children's Services", "Executive Director - People", "People Department",
                        "Ramasasi Ramasubramanian, Head of Access to Resources Integrated Service"),
                null, null, null, false));
        // seed 000: the Portfolio Holder's decision on report CEF23007 and its delegation
        CouncilDecision bromley = decisions.create(system, new CouncilDecisionDraft("E09000006", "CEF23007",
                "Secure Children's Home for London and Pan-London Commissioning Vehicle", DecisionMaker.CABINET_MEMBER,
                "Portfolio Holder for Children, Education and Families", "Children, Education and Families PDS Committee",
                LocalDate.of(2023, 1, 24), false, null, null, null, NoticeException.NONE, null, false, null, true,
                "Agree the Local Authority becomes a member of the Pan-London Vehicle from 1 April 2023 to 31 March 2028 with"
                        + " a break-point after three years, at a fixed annual cost of £20K (subject to inflation adjustment)"
                        + " once the provision has launched; commit in principle to joint oversight and risk/benefit sharing"
                        + " subject to ratification; and delegate the final steps to the Director of Children's Services.",
                "No secure children's home provision in London; the critical shortage exposes the Local Authority to"
                        + " high-cost placements.",
                null, null, null, true, null, DecisionStatus.DECIDED, List.of(), null, null, null, null, false));
        delegations.create(system, bromley.id(), delegation("Director of Children's Services"));

        CouncilDecision camden = decisions.create(system, illustrative("E09000007", "CAM-2023-014 (illustrative)",
                DecisionMaker.CABINET, "Cabinet, 15 March 2023", LocalDate.of(2023, 3, 15), LocalDate.of(2023, 2, 1), false,
                null));
        Delegation camdenDel = delegations.create(system, camden.id(), delegation("Director of Children's Services"));
        // illustrative breach: notice published 23 clear days before the decision (28 are required)
        CouncilDecision hackney = decisions.create(system, illustrative("E09000012", "HK-KD-0427 (illustrative)",
                DecisionMaker.CABINET, "Cabinet, 27 March 2023", LocalDate.of(2023, 3, 27), LocalDate.of(2023, 3, 3), true,
                new PrivateMeeting(true, LocalDate.of(2023, 2, 24), LocalDate.of(2023, 3, 20))));
        DelegationDraft limited = new DelegationDraft("Group Director, Children and Education", null, CONSULTEES, SCOPE,
                2_000_000L, CONDITIONS, LocalDate.of(2028, 3, 31), true, null, MATTERS);
        Delegation hackneyDel = delegations.create(system, hackney.id(), limited);
        decisions.create(system, forwardPlan("E09000019", "ISL-FP-118 (illustrative)", LocalDate.of(2026, 12, 10)));

        records.record(system, camdenDel.id(), officer("Final determination on membership of the PLV",
                "Director of Children's Services", LocalDate.of(2023, 3, 29), false, FINAL_DETERMINATION, 2_000_000L,
                LocalDate.of(2023, 3, 31)));
        records.record(system, camdenDel.id(), officer("Members' agreement of the PLV signed",
                "Director of Children's Services", LocalDate.of(2023, 4, 3), false, LEGAL_DOCUMENTS, 2_000_000L,
                LocalDate.of(2023, 4, 4)));
        records.record(system, hackneyDel.id(), officer("Final determination on membership of the PLV",
                "Group Director, Children and Education", LocalDate.of(2023, 3, 31), true, FINAL_DETERMINATION, 2_000_000L,
                LocalDate.of(2023, 4, 3)));
        // illustrative breach: £25,000 under a £20,000 limit, and never recorded as published
        records.record(system, hackneyDel.id(), officer("Contribution to the secure children's home mobilisation costs",
                "Group Director, Children and Education", LocalDate.of(2023, 6, 5), false, FINAL_DETERMINATION, 2_500_000L,
                null));
    }

    /** A made-up joining decision for a council the seeds say nothing about, marked illustrative. */
    private static CouncilDecisionDraft illustrative(String gss, String ref, DecisionMaker maker, String meeting,
            LocalDate decided, LocalDate notice, boolean exempt, PrivateMeeting privateMeeting) {
        return new CouncilDecisionDraft(gss, ref, TITLE, maker, null, meeting, decided, true,
                "Significant impact on 2 or more wards", notice, decided, NoticeException.NONE, null, exempt, exempt ? 3 : null,
                true,
                "Agree the Council becomes a member of the Pan-London Vehicle, a not-for-profit company limited by guarantee, to"
                        + " develop and oversee London's secure children's home from 1 April 2023 to 31 March 2028 with a break"
                        + " point after three years, at £20,000 a year (subject to inflation adjustment) once the home opens;"
                        + " and delegate the final steps to the Director of Children's Services.",
                "No secure children's home provision in London; children placed on average 192 miles from home; joint"
                        + " commissioning brings London's purchasing power to bear.",
                "Do nothing (continued high-cost distant placements); commission alone (lacks scale).", null, null, true,
                null, DecisionStatus.DECIDED, List.of(), new DecisionLeads("Cabinet Member for Children's Services",
                        "Director of Children's Services", "Children's Services", "Illustrative contact"),
                decided.plusDays(1), null, privateMeeting, true);
    }

    private static CouncilDecisionDraft forwardPlan(String gss, String ref, LocalDate due) {
        return new CouncilDecisionDraft(gss, ref, "Membership of the Pan-London Vehicle for Commissioning", DecisionMaker.CABINET,
                null, null, null, true, "Expenditure over the key decision threshold", due.minusDays(60), due,
                NoticeException.NONE, null, false, null, false, null, null, null, null, null, true, null,
                DecisionStatus.FORWARD_PLAN, List.of(), null, null, null, null, true);
    }

    private static DelegationDraft delegation(String post) {
        return new DelegationDraft(post, null, CONSULTEES, SCOPE, null, CONDITIONS, LocalDate.of(2028, 3, 31), true, null,
                MATTERS);
    }

    private static OfficerDecisionDraft officer(String title, String post, LocalDate date, boolean exempt, String matter,
            long valuePence, LocalDate published) {
        return new OfficerDecisionDraft(date, title,
                "Confirm the Council's membership of the Pan-London Vehicle and sign the members' agreement.",
                "The revised secure children's home business case was completed and supports membership.",
                "Not joining: the Council would lose priority access to the 24 places.", "Illustrative officer", post,
                List.of(new Consultation("Director of Finance", null, date.minusDays(5), "Supports; the fee is within budget."),
                        new Consultation("Monitoring Officer", null, date.minusDays(4), "No legal objection.")),
                null, null, List.of("Members' agreement (final draft)", "Revised business case"), valuePence, exempt,
                exempt ? 3 : null, matter, published);
    }
}
