package plv.commissioning.web.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.web.internal.ContractForms.ContractForm;
import plv.commissioning.web.internal.ContractForms.ContractView;
import plv.platform.api.Actor;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.api.CsvWriter;

/**
 * A programme's contract register, for every programme installed now: {@code /commissioning/{programme}/contracts}
 * (list, {@code ?format=csv}), {@code .../contracts/new}, {@code .../contracts/{id}}, {@code .../contracts/{id}/edit}.
 * The shell binds the form ({@link ContractForm}); the register checks every value (and the programme's own contract
 * rules) and a refusal comes back as the same form with each error beside its field and what was typed (400). An edit
 * from a stale version is refused (409).
 */
@Component(service = WebRoutes.class)
public class ContractPages implements WebRoutes {

    private static final String BASE = "/commissioning/{programme}/contracts";

    private final ContractRegister register;
    private final ProgrammeRegistry programmes;

    @Activate
    public ContractPages(@Reference ContractRegister register, @Reference ProgrammeRegistry programmes) {
        this.register = register;
        this.programmes = programmes;
    }

    @Override
    public void define(Routes routes) {
        routes.get(BASE, Requests.READ, this::list)
                .get(BASE + "/new", Requests.KEEP, r -> form(r, null, Requests.values(ContractForms.blank(programme(r).name()))))
                .form(BASE, Requests.KEEP, ContractForm.class, (r, state) -> form(r, null, state), this::add)
                .get(BASE + "/{id}", Requests.READ, this::detail)
                .get(BASE + "/{id}/edit", Requests.KEEP, r -> {
                    Contract c = contract(r);
                    return form(r, c, Requests.values(ContractForms.form(c)));
                })
                .form(BASE + "/{id}/edit", Requests.KEEP, ContractForm.class, (r, state) -> form(r, contract(r), state), this::update);
    }

    private ProgrammeDescriptor programme(RouteRequest r) {
        return Requests.programme(programmes, r);
    }

    private Contract contract(RouteRequest r) {
        return register.get(r.requireActor(), programme(r).id(), r.pathLong("id"));
    }

    private Reply add(RouteRequest r, ContractForm form) {
        ProgrammeDescriptor p = programme(r);
        Contract added = register.add(r.requireActor(), p.id(), form.draft());
        return Reply.redirect(CommissioningPaths.contracts(p.id()) + "/" + added.id());
    }

    private Reply update(RouteRequest r, ContractForm form) {
        ProgrammeDescriptor p = programme(r);
        Contract existing = contract(r);
        register.update(r.requireActor(), p.id(), existing.id(), Requests.version(form.version()), form.draft());
        return Reply.redirect(CommissioningPaths.contracts(p.id()) + "/" + existing.id());
    }

    private Reply detail(RouteRequest r) {
        ProgrammeDescriptor p = programme(r);
        Map<String, Object> model = model(p, r.requireActor());
        Contract c = contract(r);
        model.put("c", ContractForms.view(c));
        return Reply.page(getClass(), "commissioning/contract.ftlh", c.reference() + " " + c.title(), model);
    }

    private Reply list(RouteRequest r) {
        Actor actor = r.requireActor();
        ProgrammeDescriptor p = programme(r);
        List<ContractView> contracts = register.list(actor, p.id()).stream().map(ContractForms::view).toList();
        if (r.query("format").filter("csv"::equals).isPresent()) {
            // the Local Government Transparency Code 2015 contract register columns, then the OCDS ones
            return CsvWriter.download(p.id() + "-contracts.csv",
                    List.of("Reference", "Title", "Department", "Description", "Supplier name", "Supplier registration number", "SME / VCSE",
                            "Value", "Annual value", "Irrecoverable VAT", "Start date", "End date", "Review date", "Procurement route",
                            "Status", "Date signed", "Extension options", "Max extent date"),
                    contracts.stream().map(v -> {
                        Contract c = v.contract();
                        return List.<Object>of(c.reference(), c.title(), c.department(), c.description(), c.supplierName(),
                                c.supplierRegistrationNumber(), c.supplierKind().label(), v.value(), v.annualValue(), v.irrecoverableVat(),
                                c.startDate(), c.endDate(), c.reviewDate() == null ? "" : c.reviewDate(), c.procurementRoute().label(),
                                c.status().id(), c.dateSigned() == null ? "" : c.dateSigned(), c.termInWords(), c.maxExtentDate());
                    }).toList());
        }
        Map<String, Object> model = model(p, actor);
        model.put("contracts", contracts);
        return Reply.page(getClass(), "commissioning/contracts.ftlh", p.name() + ": contract register", model);
    }

    private Reply.Page form(RouteRequest r, Contract existing, FormState state) {
        ProgrammeDescriptor p = programme(r);
        Map<String, Object> model = model(p, r.requireActor());
        model.put("contract", existing == null ? Map.of() : existing);
        model.put("editing", existing != null);
        model.put("valuesWithheld", existing != null && existing.valuesWithheld());
        model.put("routes", ContractForms.ROUTES);
        model.put("statuses", ContractForms.STATUSES);
        model.put("kinds", ContractForms.KINDS);
        model.put("yesNo", ContractForms.YES_NO);
        model.put("invitations", ContractForms.INVITATIONS);
        model.put("redactable", String.join(", ", plv.commissioning.api.TransparencyCode.REDACTABLE));
        String title = existing == null ? p.name() + ": add a contract" : "Edit " + existing.reference() + " " + existing.title();
        return Reply.page(getClass(), "commissioning/contract-form.ftlh", title, model).withForm(state);
    }

    private static Map<String, Object> model(ProgrammeDescriptor p, Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("programme", p);
        model.put("base", CommissioningPaths.contracts(p.id()));
        model.put("mayEdit", actor.in(RoleGroup.REGISTER_KEEPERS));
        return model;
    }
}
