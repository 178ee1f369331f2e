package plv.programme.rpa.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.ContractCheck;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ProcurementRoute;
import plv.platform.api.FieldError;
import plv.platform.api.ProgrammeType;

/**
 * The programme is a framework: a call-off contract goes only to a provider admitted to it. Once the framework is set
 * up, the commissioning area's rule for every framework refuses a supplier not admitted; until then this refuses every
 * framework call-off, since no provider can be admitted to a framework that does not exist yet.
 */
@Component
@ProgrammeType(ResidentialParentingAssessments.ID)
public class AdmittedProvidersOnly implements ContractCheck {

    private final RpaFramework framework;

    @Activate
    public AdmittedProvidersOnly(@Reference RpaFramework framework) {
        this.framework = framework;
    }

    @Override
    public List<FieldError> check(String programmeId, ContractDraft draft) {
        boolean callOff = ProcurementRoute.byId(draft.procurementRoute()).map(ProcurementRoute::callOff).orElse(false);
        if (!callOff || framework.framework().isPresent()) {
            return List.of();
        }
        return List.of(new FieldError("supplierName", "Supplier '" + (draft.supplierName() == null ? "" : draft.supplierName().strip())
                + "' is not admitted to the " + RpaFramework.TITLE + ": the framework is not set up yet. Set it up and admit its"
                + " providers at /procurement/" + ResidentialParentingAssessments.ID + " before recording call-offs."));
    }
}
