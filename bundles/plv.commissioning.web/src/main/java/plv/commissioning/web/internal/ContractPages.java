package plv.commissioning.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.web.internal.ContractForms.ContractView;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.api.CsvWriter;

/**
 * A programme's contract register: {@code /commissioning/{programme}/contracts} (list, CSV), {@code .../contracts/new},
 * {@code .../contracts/{id}} (with the extension options), {@code .../contracts/{id}/edit}.
 */
final class ContractPages {

    private final ContractRegister register;
    private final PageRenderer pages;
    private final CurrentUser users;

    ContractPages(ContractRegister register, PageRenderer pages, CurrentUser users) {
        this.register = register;
        this.pages = pages;
        this.users = users;
    }

    void get(HttpServletRequest req, HttpServletResponse resp, ProgrammeDescriptor p, List<String> rest) throws IOException {
        Actor actor = users.require(req, Requests.READERS);
        if (rest.isEmpty()) {
            list(req, resp, actor, p);
        } else if (rest.equals(List.of("new"))) {
            users.require(req, Requests.KEEPERS);
            form(req, resp, actor, p, null, ContractForms.blank(p.name()), Map.of());
        } else if (rest.size() == 1) {
            Map<String, Object> model = model(p, actor);
            Contract c = register.get(actor, p.id(), Requests.id(rest.get(0), "contract"));
            model.put("c", ContractForms.view(c));
            pages.render(req, resp, getClass(), "commissioning/contract.ftlh", c.reference() + " " + c.title(), model);
        } else if (rest.size() == 2 && rest.get(1).equals("edit")) {
            users.require(req, Requests.KEEPERS);
            Contract c = register.get(actor, p.id(), Requests.id(rest.get(0), "contract"));
            form(req, resp, actor, p, c, ContractForms.form(c), Map.of());
        } else {
            throw new NotFoundException("There is no page " + req.getRequestURI() + ".");
        }
    }

    void post(HttpServletRequest req, HttpServletResponse resp, ProgrammeDescriptor p, List<String> rest) throws IOException {
        Actor actor = users.require(req, Requests.KEEPERS);
        Map<String, String> form = Requests.form(req);
        String base = CommissioningPaths.contracts(p.id());
        Contract existing = null;
        try {
            if (rest.isEmpty()) {
                Contract added = register.add(actor, p.id(), ContractForms.draft(form));
                resp.sendRedirect(base + "/" + added.id());
            } else if (rest.size() == 2 && rest.get(1).equals("edit")) {
                long id = Requests.id(rest.get(0), "contract");
                existing = register.get(actor, p.id(), id);
                register.update(actor, p.id(), id, Requests.version(form), ContractForms.draft(form));
                resp.sendRedirect(base + "/" + id);
            } else {
                throw new NotFoundException("There is no form at " + req.getRequestURI() + ".");
            }
        } catch (ValidationException e) {
            resp.setStatus(400);
            form(req, resp, actor, p, existing, form, Requests.errors(e));
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp, Actor actor, ProgrammeDescriptor p) throws IOException {
        List<ContractView> contracts = register.list(actor, p.id()).stream().map(ContractForms::view).toList();
        if ("csv".equals(req.getParameter("format"))) {
            // the Local Government Transparency Code 2015 contract register columns, then the OCDS ones
            CsvWriter.send(resp, p.id() + "-contracts.csv",
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
            return;
        }
        Map<String, Object> model = model(p, actor);
        model.put("contracts", contracts);
        pages.render(req, resp, getClass(), "commissioning/contracts.ftlh", p.name() + ": contract register", model);
    }

    private void form(HttpServletRequest req, HttpServletResponse resp, Actor actor, ProgrammeDescriptor p, Contract existing,
            Map<String, String> form, Map<String, String> errors) throws IOException {
        Map<String, Object> model = model(p, actor);
        model.put("contract", existing == null ? Map.of() : existing);
        model.put("editing", existing != null);
        model.put("valuesWithheld", existing != null && existing.valuesWithheld());
        model.put("form", form);
        model.put("errors", errors);
        model.put("routes", ContractForms.ROUTES);
        model.put("statuses", ContractForms.STATUSES);
        model.put("kinds", ContractForms.KINDS);
        model.put("yesNo", ContractForms.YES_NO);
        model.put("invitations", ContractForms.INVITATIONS);
        model.put("redactable", String.join(", ", plv.commissioning.api.TransparencyCode.REDACTABLE));
        String title = existing == null ? p.name() + ": add a contract" : "Edit " + existing.reference() + " " + existing.title();
        pages.render(req, resp, getClass(), "commissioning/contract-form.ftlh", title, model);
    }

    private static Map<String, Object> model(ProgrammeDescriptor p, Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("programme", p);
        model.put("base", CommissioningPaths.contracts(p.id()));
        model.put("mayEdit", actor.hasAnyRole(Requests.KEEPERS));
        return model;
    }
}
