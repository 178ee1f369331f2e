package plv.programme.rpa.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;

/** The programme's overview and its admitted providers (with the form that admits one). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ResidentialParentingAssessments.PATH, ResidentialParentingAssessments.PATH + "/*"})
public class RpaPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Role[] READERS = {Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR};
    private static final Role[] KEEPERS = {Role.COMMISSIONING_OFFICER, Role.SECRETARY};

    private final transient AdmittedProviders providers;
    private final transient PageRenderer pages;
    private final transient CurrentUser currentUser;
    private final transient ResidentialParentingAssessments programme;

    @Activate
    public RpaPages(@Reference AdmittedProviders providers, @Reference PageRenderer pages, @Reference CurrentUser currentUser,
            @Reference ResidentialParentingAssessments programme) {
        this.providers = providers;
        this.pages = pages;
        this.currentUser = currentUser;
        this.programme = programme;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        switch (path) {
            case "/", "" -> overview(req, resp);
            case "/providers" -> providers(req, resp, Map.of(), Map.of());
            default -> throw new NotFoundException("There is no page " + ResidentialParentingAssessments.PATH + path + ".");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/providers".equals(req.getPathInfo())) {
            throw new NotFoundException("There is no form at " + req.getRequestURI() + ".");
        }
        Actor actor = currentUser.require(req, KEEPERS);
        Map<String, String> form = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? "" : v[0]));
        try {
            AdmittedProvider p = providers.admit(actor, form.get("name"), form.get("registrationNumber"), form.get("admittedOn"));
            resp.sendRedirect(ResidentialParentingAssessments.PATH + "/providers#provider-" + p.id());
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            resp.setStatus(400);
            providers(req, resp, form, errors);
        }
    }

    private void overview(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the registers and reports are for the programme's staff: others are not shown links they may not follow
        boolean staff = currentUser.require(req).hasAnyRole(READERS);
        Map<String, Object> model = new HashMap<>();
        model.put("programme", programme.descriptor());
        model.put("registers", staff ? programme.registers() : List.of());
        model.put("reports", staff ? programme.reports() : List.of());
        pages.render(req, resp, getClass(), "rpa/overview.ftlh", ResidentialParentingAssessments.NAME, model);
    }

    private void providers(HttpServletRequest req, HttpServletResponse resp, Map<String, String> form, Map<String, String> errors)
            throws IOException {
        Actor actor = currentUser.require(req, READERS);
        Map<String, Object> model = new HashMap<>();
        model.put("providers", providers.list());
        model.put("mayEdit", actor.hasAnyRole(KEEPERS));
        model.put("form", form);
        model.put("errors", errors);
        pages.render(req, resp, getClass(), "rpa/providers.ftlh", ResidentialParentingAssessments.NAME + ": admitted providers", model);
    }
}
