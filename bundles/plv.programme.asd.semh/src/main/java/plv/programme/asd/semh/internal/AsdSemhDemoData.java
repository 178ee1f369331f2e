package plv.programme.asd.semh.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/** With {@code plv.demo=true} and an empty risk log: the programme's risks (illustrative). */
@Component(immediate = true)
public class AsdSemhDemoData {

    @Activate
    public AsdSemhDemoData(BundleContext context, @Reference RiskLog risks, @Reference Database database, @Reference AsdSemhProgramme programme) {
        database.exclusively("plv.programme.asd.semh.demo", () -> {
            Actor system = Actor.system();
            String id = AsdSemhProgramme.ID;
            if (Boolean.parseBoolean(context.getProperty("plv.demo")) && risks.list(system, id).isEmpty()) {
                risks.add(system, id, new RiskDraft("Health and education partners do not commit funding to the pilots", "financial",
                        "ASD/SEMH programme lead", "4", "4", "3", "4", "2", "3", "2026-12-31", "Joint business case with the 5 ICBs.", List.of()));
                risks.add(system, id, new RiskDraft("Children in crisis placed far from home while pilots start", "safeguarding",
                        "Director of Children's Services (lead authority)", "4", "5", "3", "4", "2", "3", "", "Crisis pathway pilot first"
                                + " (NEL); placements reviewed by the sub-regional panels.", List.of()));
            }
        });
    }
}
