package plv.programme.residential.beds.internal;

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
import plv.procurement.api.CallOff;
import plv.procurement.api.Procurements;

/**
 * With {@code plv.demo=true}, once: the earlier 17-bed block contract as history (seed 003: Hexagon Care, ended October
 * 2017), the DPS with its selection criteria, five providers admitted at the start, one refused and one admitted later,
 * two call-offs (the first awarded, with its standstill; the second open to the late entrant too), the call-off
 * contract and the programme's risks. Providers other than the seed's, values and dates are illustrative.
 */
@Component(immediate = true)
public class ResidentialBedsDemoData {

    static final List<String> CRITERIA = List.of("Registered with Ofsted as a children's home, rated good or outstanding",
            "Homes of 4 or 5 beds within or close to the participating boroughs",
            "Accepts the DPS terms, monitoring visits and monthly managers' meetings",
            "Financial standing: accounts for the last 2 years");
    static final List<String> PROVIDERS = List.of("Acorn Lodge Children's Homes Ltd", "Beechwood Care Ltd", "Chestnut House Homes CIC",
            "Damson Children's Services Ltd", "Elder Grove Care Ltd");

    @Activate
    public ResidentialBedsDemoData(BundleContext context, @Reference Procurements procurements, @Reference ContractRegister contracts,
            @Reference RiskLog risks, @Reference Database database, @Reference ResidentialBedsProgramme programme) {
        database.exclusively("plv.programme.residential.beds.demo", () -> {
            if (Boolean.parseBoolean(context.getProperty("plv.demo"))
                    && procurements.arrangements(Actor.system(), ResidentialBedsProgramme.ID).isEmpty()) {
                load(procurements, contracts, risks);
            }
        });
    }

    static void load(Procurements procurements, ContractRegister contracts, RiskLog risks) {
        Actor system = Actor.system();
        String id = ResidentialBedsProgramme.ID;
        procurements.create(system, id, "RB-BLOCK-2014", "17 residential beds, block contract (history, seed 003)", "block-contract",
                "2014-11-01", "2017-10-31", List.of());
        contracts.add(system, id, new ContractDraft("RB-C000", "Block contract: 17 residential beds (ended October 2017)",
                ResidentialBedsProgramme.NAME, "Block contract for 17 residential beds catering predominantly for children with emotional"
                        + " and behavioural difficulties (seed 003); start date and value illustrative.",
                "Hexagon Care", "", "neither", "5100000", "1700000", "", "", "2014-11-01", "2017-10-31", "", "2014-10-15", "restricted",
                "terminated", "0", "", "", "0"));
        Arrangement dps = procurements.create(system, id, "RB-DPS-2026", "Residential beds dynamic purchasing system", "dynamic-purchasing-system",
                ResidentialBedsProgramme.DPS_OPENS.toString(), ResidentialBedsProgramme.LATEST_END.toString(), CRITERIA);
        for (String p : PROVIDERS) {
            Admission a = procurements.apply(system, dps.id(), p, "", "2026-02-09");
            procurements.decide(system, dps.id(), a.id(), Set.of(1, 2, 3, 4), "2026-03-02");
        }
        Admission refused = procurements.apply(system, dps.id(), "Fernhill Residential Ltd", "", "2026-02-16");
        procurements.decide(system, dps.id(), refused.id(), Set.of(1, 3, 4), "2026-03-02");
        CallOff first = procurements.openCallOff(system, dps.id(), "RB-CO-001", "5 beds in one home for children aged 11-16 with emotional and"
                + " behavioural difficulties", "2026-03-09", "2026-03-27");
        long[] prices = {1_150_000_00L, 1_080_000_00L, 1_210_000_00L, 1_120_000_00L, 1_095_000_00L};
        int[] quality = {72, 80, 85, 64, 78};
        for (int i = 0; i < PROVIDERS.size(); i++) {
            procurements.bid(system, dps.id(), first.id(), PROVIDERS.get(i), String.valueOf(prices[i] / 100), String.valueOf(quality[i]));
        }
        CallOff awarded = procurements.award(system, dps.id(), first.id(), "Beechwood Care Ltd", "2026-04-08");
        contracts.add(system, id, new ContractDraft("RB-C001", "DPS call-off RB-CO-001: 5 beds (one home)", ResidentialBedsProgramme.NAME,
                "Call-off by mini-competition under the residential beds DPS; standstill ended " + awarded.standstillEndsOn() + ".",
                "Beechwood Care Ltd", "", "sme", "3240000", "1080000", "", "", ResidentialBedsProgramme.DELIVERY_STARTS.toString(),
                ResidentialBedsProgramme.TERM_ENDS.toString(), ResidentialBedsProgramme.REVIEW.toString(), "2026-04-22", "dps-call-off",
                "active", "2", "12", "6", "0"));
        // a provider admitted after the DPS started: invited to the next call-off
        Admission late = procurements.apply(system, dps.id(), "Greenway Homes for Children Ltd", "", "2026-05-04");
        procurements.decide(system, dps.id(), late.id(), Set.of(1, 2, 3, 4), "2026-05-18");
        procurements.openCallOff(system, dps.id(), "RB-CO-002", "4 beds in one home for children aged 8-13, close to Harrow",
                "2026-06-15", "2026-07-03");
        risks.add(system, id, new RiskDraft("Beds called off too slowly, leaving children in spot placements", "operational",
                "Residential beds programme lead", "4", "3", "3", "3", "2", "2", "2027-03-31",
                "Call-offs planned against the sufficiency forecast; the DPS admits new providers at any time.",
                List.of(new ActionDraft("Quarterly forecast of beds needed by age and need", "Residential beds programme lead", "2026-09-30"))));
        risks.add(system, id, new RiskDraft("Too few providers admitted for real competition", "financial", "Residential beds programme lead",
                "3", "4", "2", "3", "2", "2", "", "Market engagement; applications open throughout the DPS's life.", List.of()));
        risks.add(system, id, new RiskDraft("A home's Ofsted rating falls below good", "safeguarding", "Director of Children's Services",
                "2", "5", "2", "4", "1", "4", "", "Monthly managers' meetings, monitoring visits, criterion 1 re-checked at each call-off.",
                List.of()));
    }
}
