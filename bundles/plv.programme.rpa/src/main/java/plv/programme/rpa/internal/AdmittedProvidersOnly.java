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

/** The framework's rule: a call-off contract goes only to a provider admitted to the framework. */
@Component
@ProgrammeType(ResidentialParentingAssessments.ID)
public class AdmittedProvidersOnly implements ContractCheck {

    private final AdmittedProviders providers;

    @Activate
    public AdmittedProvidersOnly(@Reference AdmittedProviders providers) {
        this.providers = providers;
    }

    @Override
    public List<FieldError> check(String programmeId, ContractDraft draft) {
        boolean callOff = ProcurementRoute.byId(draft.procurementRoute()).map(ProcurementRoute::callOff).orElse(false);
        if (!callOff || providers.find(draft.supplierName(), draft.supplierRegistrationNumber()).isPresent()) {
            return List.of();
        }
        return List.of(new FieldError("supplierName", "Supplier '" + (draft.supplierName() == null ? "" : draft.supplierName().strip())
                + "' is not admitted to the " + ResidentialParentingAssessments.NAME + " framework; a call-off may go only to one of its "
                + providers.list().size() + " admitted providers (see " + ResidentialParentingAssessments.PATH + "/providers)."));
    }
}
