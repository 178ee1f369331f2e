package plv.procurement.core.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.ContractCheck;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ProcurementRoute;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.procurement.api.AdmissionStatus;
import plv.procurement.api.Arrangement;
import plv.procurement.api.ProcurementModel;
import plv.procurement.api.Procurements;

/**
 * The framework and DPS rule for every programme's contract register: a contract recorded as a call-off from a
 * framework (or a DPS) of a programme that has such an arrangement goes only to a provider admitted to it. Programmes
 * without an arrangement of that model are left to their own checks.
 */
@Component
public class CallOffsOnlyToAdmittedProviders implements ContractCheck {

    private final Procurements procurements;

    @Activate
    public CallOffsOnlyToAdmittedProviders(@Reference Procurements procurements) {
        this.procurements = procurements;
    }

    @Override
    public List<FieldError> check(String programmeId, ContractDraft draft) {
        ProcurementModel model = ProcurementRoute.byId(draft.procurementRoute()).map(r -> switch (r) {
            case FRAMEWORK_CALL_OFF -> ProcurementModel.FRAMEWORK;
            case DPS_CALL_OFF -> ProcurementModel.DYNAMIC_PURCHASING_SYSTEM;
            case DYNAMIC_MARKET -> ProcurementModel.DYNAMIC_MARKET;
            default -> null;
        }).orElse(null);
        if (model == null || !procurements.has(programmeId, model)
                || procurements.admitted(programmeId, model, draft.supplierName(), draft.supplierRegistrationNumber())) {
            return List.of();
        }
        List<Arrangement> of = procurements.arrangements(Actor.system(), programmeId).stream().filter(a -> a.model() == model).toList();
        long admitted = of.stream().flatMap(a -> a.admissions().stream()).filter(x -> x.status() == AdmissionStatus.ADMITTED).count();
        String names = of.stream().map(a -> a.title() + " (" + a.reference() + ")").collect(Collectors.joining(" or the "));
        return List.of(new FieldError("supplierName", "Supplier '" + (draft.supplierName() == null ? "" : draft.supplierName().strip())
                + "' is not admitted to the " + names + "; a call-off may go only to one of its " + admitted + " admitted provider"
                + (admitted == 1 ? "" : "s") + " (see /procurement/" + programmeId + ")."));
    }
}
