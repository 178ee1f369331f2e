package plv.commissioning.web.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.RiskLog;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * Every installed programme's registers as JSON: {@code GET /api/programmes/{programme}/contracts} (an OCDS release
 * package) and {@code GET /api/programmes/{programme}/risks}. A programme that is not installed answers 404.
 */
@Component(service = WebRoutes.class)
public class ProgrammeRegisterApis implements WebRoutes {

    private final ContractRegister contracts;
    private final RiskLog risks;
    private final ProgrammeRegistry programmes;

    @Activate
    public ProgrammeRegisterApis(@Reference ContractRegister contracts, @Reference RiskLog risks, @Reference ProgrammeRegistry programmes) {
        this.contracts = contracts;
        this.risks = risks;
        this.programmes = programmes;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/programmes/{programme}/contracts", Requests.READ, r -> {
            String id = Requests.programme(programmes, r).id();
            return Reply.json(OcdsContracts.release(id, contracts.list(r.requireActor(), id)));
        }).get("/api/programmes/{programme}/risks", Requests.READ, r -> {
            String id = Requests.programme(programmes, r).id();
            return Reply.json(risks.list(r.requireActor(), id));
        });
    }
}
