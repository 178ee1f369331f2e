package plv.programme.sch.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskDraft.ActionDraft;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/**
 * With {@code plv.demo=true} and an empty risk log: the four key risks and mitigations of the London Councils briefing
 * (Nov 2022) and one illustrative construction contract (marked so; the DfE capital is a grant, not a contract), stored through the commissioning area like anyone's.
 */
@Component(immediate = true)
public class SchDemoData {

    @Activate
    public SchDemoData(BundleContext context, @Reference RiskLog risks, @Reference ContractRegister contracts,
            @Reference Database database) {
        // once per database: a node starting at the same moment waits, then finds the risks there
        database.exclusively("plv.programme.sch.demo", () -> load(context, risks, contracts));
    }

    private static void load(BundleContext context, RiskLog risks, ContractRegister contracts) {
        Actor system = Actor.system();
        if (!Boolean.parseBoolean(context.getProperty("plv.demo")) || !risks.list(system, SecureChildrensHome.ID).isEmpty()) {
            return;
        }
        for (RiskDraft r : RISKS) {
            risks.add(system, SecureChildrensHome.ID, r);
        }
        for (ContractDraft c : CONTRACTS) {
            contracts.add(system, SecureChildrensHome.ID, c);
        }
    }

    static final List<RiskDraft> RISKS = List.of(
            risk("Low occupancy levels", "financial", "Director of the PLV", "4 4 3 4 2 3", "2028-03-31",
                    "Robust management and oversight of occupancy levels; available places added to the national pool to be purchased by"
                            + " out-of-London authorities; some emergency places kept free.",
                    new ActionDraft("Agree the pricing of places sold to authorities outside London", "Director of the PLV", "2027-06-30")),
            risk("Unsatisfactory outcome from statutory inspections", "regulatory", "Registered manager (to be appointed)", "3 5 3 4 1 4",
                    "2028-09-30", "Robust practice model, quality assurance arrangements.",
                    new ActionDraft("Mock inspection before registration", "Registered manager (to be appointed)", "2027-10-31")),
            risk("Child serious injury or death", "safeguarding", "Director of Children's Services, Barnet (lead borough)", "2 5 2 5 1 5", "",
                    "Robust practice model, risk management policies, procedures and training; safeguarding arrangements agreed with members.",
                    new ActionDraft("Safeguarding protocol signed by every member authority", "PLV board", "2027-09-30")),
            risk("Adverse publicity / reputational damage", "reputational", "PLV board", "3 4 3 3 2 2", "2027-12-31",
                    "Robust practice model, risk management policies, procedures and training; communications plan with members.", null));

    static final List<ContractDraft> CONTRACTS = List.of(
            new ContractDraft("SCH-C002", "Design and build of the Secure Children's Home", "Secure Children's Home",
                    "24 secure welfare places and a 4-bed step-down home; construction to complete by the end of 2027 (seed 004). Illustrative:"
                            + " the seeds give the DfE capital (£50m+, a grant, not a contract) and the completion date, not this contract.",
                    "Preferred contractor (exempt until award)", "", "neither", "50000000", "", "", "3", "2026-06-01", "2027-12-31",
                    "2027-03-31", "", "open", "pending", "0", "", "", "0"));

    /** Scores as "inherent L I, current L I, target L I". */
    private static RiskDraft risk(String title, String category, String owner, String scores, String targetDate, String controls,
            ActionDraft action) {
        String[] s = scores.split(" ");
        return new RiskDraft(title, category, owner, s[0], s[1], s[2], s[3], s[4], s[5], targetDate, controls,
                action == null ? List.of() : List.of(action));
    }
}
