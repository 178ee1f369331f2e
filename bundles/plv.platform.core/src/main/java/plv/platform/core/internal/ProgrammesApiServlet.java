package plv.platform.core.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Actor;
import plv.platform.api.CostShareCalculator;
import plv.platform.api.KeyDate;
import plv.platform.api.Participant;
import plv.platform.api.Programme;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.ReportDescriptor;
import plv.platform.api.web.CurrentUser;

/** {@code GET /api/programmes}: the programmes installed now, for any signed-in user or API client. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/programmes", "/api/programmes/*"})
public class ProgrammesApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * One participant; {@code sharePence} is its share of the programme's costs (see {@code costSharing}), given to the
     * programmes' staff only, null otherwise or when the costs are not shared.
     */
    record ParticipantJson(String code, String name, java.time.LocalDate joined, java.time.LocalDate left, Long sharePence) {
    }

    /** How the costs are shared, with the total the shares add up to. */
    record CostSharingJson(String title, long totalPence, String basis, String weighting, java.time.LocalDate asOf, String error) {
    }

    record ProgrammeJson(String id, String name, String description, String status, String path, List<RegisterDescriptor> registers,
            List<ReportDescriptor> reports, List<ParticipantJson> participants, CostSharingJson costSharing, List<KeyDate> keyDates) {
    }

    private static final Role[] STAFF = {Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR};

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CostShareCalculator calculator;

    ProgrammeJson json(Programme p, Actor actor) {
        ProgrammeDescriptor d = p.descriptor();
        boolean staff = actor.hasAnyRole(STAFF);
        java.util.Map<String, Long> shares = java.util.Map.of();
        CostSharingJson sharing = null;
        var cs = p.costSharing();
        if (cs.isPresent() && staff) {
            String error = null;
            CostShareCalculator c = calculator;
            if (c == null) {
                error = "The shares are worked out by the membership area, which is not running.";
            } else {
                try {
                    shares = c.shares(cs.get(), p.participants());
                } catch (ValidationException e) {
                    error = e.getMessage();
                }
            }
            sharing = new CostSharingJson(cs.get().title(), cs.get().totalPence(), cs.get().basis().id(), cs.get().weighting(),
                    cs.get().asOf(), error);
        }
        List<ParticipantJson> participants = new java.util.ArrayList<>();
        for (Participant a : p.participants()) {
            participants.add(new ParticipantJson(a.code(), a.name(), a.joined(), a.left(), shares.get(a.code())));
        }
        return new ProgrammeJson(d.id(), d.name(), d.description(), d.status().id(), p.path(), p.registers(), p.reports(), participants,
                sharing, p.keyDates());
    }

    private final transient ProgrammeRegistry registry;
    private final transient CurrentUser currentUser;

    @Activate
    public ProgrammesApiServlet(@Reference ProgrammeRegistry registry, @Reference CurrentUser currentUser) {
        this.registry = registry;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = currentUser.require(req);
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            Json.write(resp, 200, registry.programmes().stream().map(p -> json(p, actor)).toList());
            return;
        }
        String id = path.substring(1);
        var found = registry.programme(id);
        if (found.isPresent()) {
            Json.write(resp, 200, json(found.get(), actor));
        } else {
            Json.write(resp, 404, java.util.Map.of("error", "No programme with id '" + id + "' is installed."));
        }
    }
}
