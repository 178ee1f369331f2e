package plv.programme.@MODULE@.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;

/** With {@code plv.demo=true} and an empty risk log: the programme's first risk (illustrative). */
@Component(immediate = true)
public class @CLASS@DemoData {

    @Activate
    public @CLASS@DemoData(BundleContext context, @Reference RiskLog risks, @Reference Database database,
            @Reference @CLASS@ programme) {
        database.exclusively("plv.programme.@MODULE@.demo", () -> {
            Actor system = Actor.system();
            if (Boolean.parseBoolean(context.getProperty("plv.demo")) && risks.list(system, @CLASS@.ID).isEmpty()) {
                risks.add(system, @CLASS@.ID, new RiskDraft("Too few providers bid (illustrative)", "operational", "Programme lead",
                        "3", "3", "2", "3", "2", "2", "", "Market engagement before the procurement.", List.of()));
            }
        });
    }
}
