package plv.programme.regional.care.cooperative.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/** With {@code plv.demo=true} and an empty risk log: the bid's risks (illustrative). */
@Component(immediate = true)
public class RegionalCareCooperativeDemoData {

    @Activate
    public RegionalCareCooperativeDemoData(BundleContext context, @Reference RiskLog risks, @Reference Database database,
            @Reference RegionalCareCooperativeProgramme programme) {
        database.exclusively("plv.programme.regional.care.cooperative.demo", () -> {
            Actor system = Actor.system();
            String id = RegionalCareCooperativeProgramme.ID;
            if (Boolean.parseBoolean(context.getProperty("plv.demo")) && risks.list(system, id).isEmpty()) {
                risks.add(system, id, new RiskDraft("The bid is not successful and the programme's next stage is unfunded", "financial",
                        "ALDCS Resources and Commissioning Programme chair", "3", "4", "3", "4", "2", "3", "2027-02-26",
                        "Projects funded on their own business cases (RPA, Pathfinder, SCH) continue either way.", List.of()));
                risks.add(system, id, new RiskDraft("Governance not ready to oversee an RCC if the bid succeeds", "regulatory",
                        "Company secretary", "3", "3", "2", "3", "1", "2", "", "The PLV board's terms of reference and members' agreement"
                                + " cover a regional co-operative's oversight.", List.of()));
            }
        });
    }
}
