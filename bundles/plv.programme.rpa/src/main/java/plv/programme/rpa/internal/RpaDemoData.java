package plv.programme.rpa.internal;

import java.util.List;
import java.util.Set;

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
import plv.procurement.api.Admission;
import plv.procurement.api.Arrangement;
import plv.procurement.api.ProcurementModel;
import plv.procurement.api.Procurements;

/**
 * With {@code plv.demo=true} and no framework yet: the framework (illustrative dates and criteria), its 12 providers
 * (invented names: the bulletin names none) admitted, two call-offs to them and the programme's first risks.
 */
@Component(immediate = true)
public class RpaDemoData {

    static final List<String> PROVIDERS = List.of("Ashbourne Family Assessment Centre Ltd", "Brookfield Parent and Child Services Ltd",
            "Cedar House Assessments CIC", "Dovetail Family Support Ltd", "Elm Tree Residential Assessments Ltd", "Fairhaven Parenting Trust",
            "Greenacre Family Centres Ltd", "Harbour Parent and Baby Unit Ltd", "Ivy Lodge Assessments Ltd", "Juniper Family Services CIC",
            "Kestrel House Parenting Assessments Ltd", "Larkspur Family Assessment Centre Ltd");

    @Activate
    public RpaDemoData(BundleContext context, @Reference RpaFramework framework, @Reference Procurements procurements, @Reference RiskLog risks,
            @Reference ContractRegister contracts, @Reference Database database) {
        // once per database: a node starting at the same moment waits, then finds the providers admitted
        database.exclusively("plv.programme.rpa.demo", () -> load(context, framework, procurements, risks, contracts));
    }

    private static void load(BundleContext context, RpaFramework framework, Procurements procurements, RiskLog risks, ContractRegister contracts) {
        Actor system = Actor.system();
        if (!Boolean.parseBoolean(context.getProperty("plv.demo")) || framework.framework().isPresent()) {
            return;
        }
        String id = ResidentialParentingAssessments.ID;
        Arrangement fw = procurements.create(system, id, RpaFramework.REFERENCE, RpaFramework.TITLE, ProcurementModel.FRAMEWORK.id(),
                "2023-11-01", "2027-10-31", List.of("Registered with Ofsted to provide residential family centre assessments",
                        "Accepts the framework's unified terms and conditions for all placements",
                        "Takes placements from every London local authority"));
        for (int i = 0; i < PROVIDERS.size(); i++) {
            Admission a = procurements.apply(system, fw.id(), PROVIDERS.get(i), String.format("DEMO%04d", i + 1), "2023-09-01");
            procurements.decide(system, fw.id(), a.id(), Set.of(1, 2, 3), "2023-10-02");
        }
        contracts.add(system, id, new ContractDraft("RPA-C001", "Block commission: 6 residential parenting assessments a year (NEL)",
                ResidentialParentingAssessments.NAME, "Block call-off for the north east London sub-region under the framework's unified terms.",
                PROVIDERS.get(0), "DEMO0001", "sme", "540000", "180000", "", "", "2024-04-01", "2027-03-31", "2025-10-01", "2024-03-15",
                "framework-call-off", "active", "2", "12", "3", "0"));
        contracts.add(system, id, new ContractDraft("RPA-C002", "Spot call-off: parent and baby residential assessment", "Residential Parenting Assessments",
                "A 12-week residential assessment under the framework's terms.", PROVIDERS.get(5), "DEMO0006", "vcse", "48000", "", "", "",
                "2026-09-01", "2026-11-30", "", "2026-08-20", "framework-call-off", "active", "0", "", "", "0"));
        risks.add(system, id, new RiskDraft("Assessments needing further work after completion", "operational",
                "RPA framework lead", "4", "3", "3", "3", "2", "2", "2027-09-30",
                "Unified terms and conditions with a quality standard for every assessment report.",
                List.of(new ActionDraft("Quarterly quality review of completed assessments with providers", "RPA framework lead", "2027-03-31"))));
        risks.add(system, id, new RiskDraft("Provider exits the framework, leaving a sub-region without capacity", "financial",
                "RPA framework lead", "3", "4", "2", "4", "2", "3", "", "12 providers reaching every London authority; block commissions"
                        + " give providers a steady income.", List.of()));
        risks.add(system, id, new RiskDraft("Child harmed during a residential assessment", "safeguarding", "Director of Children's Services"
                + " of the placing authority", "2", "5", "2", "4", "1", "4", "", "Providers inspected by Ofsted; placing authority's"
                        + " safeguarding plan for each placement.", List.of()));
    }
}
