package plv.programme.london.accommodation.pathfinder.internal;

import java.time.YearMonth;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/** With {@code plv.demo=true}, once: six months of bed use (illustrative), the two properties' contracts and risks. */
@Component(immediate = true)
public class PathfinderDemoData {

    @Activate
    public PathfinderDemoData(BundleContext context, @Reference BedUse use, @Reference ContractRegister contracts, @Reference RiskLog risks,
            @Reference Database database, @Reference LondonAccommodationPathfinderProgramme programme) {
        database.exclusively("plv.programme.london.accommodation.pathfinder.demo", () -> {
            if (Boolean.parseBoolean(context.getProperty("plv.demo")) && use.list().isEmpty()) {
                load(use, contracts, risks);
            }
        });
    }

    static void load(BedUse use, ContractRegister contracts, RiskLog risks) {
        Actor system = Actor.system();
        String[][] a = LondonAccommodationPathfinderProgramme.AUTHORITIES;
        for (int m = 0; m < 6; m++) {
            YearMonth month = YearMonth.of(2024, 4).plusMonths(m);
            for (int i = 0; i < a.length; i++) {
                // illustrative: uneven use, some authorities none in a month
                int nights = ((i * 7 + m * 5) % 11) * 4 + (i % 3 == 0 ? 0 : 3);
                use.record(system, a[i][0], month.toString(), Math.min(nights, 10 * month.lengthOfMonth() / a.length));
            }
        }
        String id = LondonAccommodationPathfinderProgramme.ID;
        contracts.add(system, id, new ContractDraft("LAP-C001", "Accommodation and care: North Central London property (5 beds)",
                LondonAccommodationPathfinderProgramme.NAME, "Property and care team for the NCL sub-region; provider and value illustrative.",
                "Harbour Lights Care Ltd", "", "sme", "1800000", "600000", "", "", "2023-08-01", "2026-07-31", "2025-08-01", "2023-07-14",
                "direct-award", "active", "1", "12", "6", "0"));
        contracts.add(system, id, new ContractDraft("LAP-C002", "Accommodation and care: East London property (5 beds)",
                LondonAccommodationPathfinderProgramme.NAME, "Property and care team for the East London sub-region; provider and value"
                        + " illustrative.", "Northgate Youth Homes CIC", "", "vcse", "1800000", "600000", "", "", "2023-09-01", "2026-08-31",
                "2025-09-01", "2023-08-10", "direct-award", "active", "1", "12", "6", "0"));
        risks.add(system, id, new RiskDraft("Beds unavailable on the day a court remands a child", "operational", "Pathfinder manager (Camden)",
                "4", "4", "3", "3", "2", "3", "2026-12-31", "Daily bed state shared with the 12 youth justice services.", List.of()));
        risks.add(system, id, new RiskDraft("Youth Justice Board funding not renewed", "financial", "Camden, host authority", "3", "4", "3",
                "4", "2", "3", "", "Costs shared among the 12 participants; evidence of outcomes for the funding review.", List.of()));
    }
}
