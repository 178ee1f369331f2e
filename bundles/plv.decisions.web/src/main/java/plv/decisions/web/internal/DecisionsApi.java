package plv.decisions.web.internal;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.decisions.api.CouncilDecisions;
import plv.decisions.api.Delegations;
import plv.decisions.api.MonitoringOfficerReviews;
import plv.decisions.api.OfficerDecisions;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.web.CurrentUser;

/**
 * Read-only JSON: {@code /api/decisions} (each with {@code id} and {@code councilGss}), {@code /api/decisions/{id}},
 * {@code /api/delegations}, {@code /api/officer-decisions}, {@code /api/reviews}. The same services as the pages, so
 * the same authorisation: a monitoring officer gets only their own council's records.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/decisions", "/api/decisions/*", "/api/delegations", "/api/delegations/*",
    "/api/officer-decisions", "/api/officer-decisions/*", "/api/reviews"})
public class DecisionsApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient CouncilDecisions decisions;
    private final transient Delegations delegations;
    private final transient OfficerDecisions records;
    private final transient MonitoringOfficerReviews reviews;

    @Activate
    public DecisionsApi(@Reference CurrentUser users, @Reference CouncilDecisions decisions, @Reference Delegations delegations,
            @Reference OfficerDecisions records, @Reference MonitoringOfficerReviews reviews) {
        this.users = users;
        this.decisions = decisions;
        this.delegations = delegations;
        this.records = records;
        this.reviews = reviews;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String path = req.getServletPath();
        String rest = req.getPathInfo();
        boolean one = rest != null && rest.length() > 1;
        Object body = switch (path) {
            case "/api/decisions" -> one ? Models.decision(decisions.get(actor, DecisionPages.id(rest)))
                    : decisions.list(actor).stream().map(Models::decision).toList();
            case "/api/delegations" -> one ? Models.delegation(delegations.get(actor, DecisionPages.id(rest)))
                    : delegations.list(actor).stream().map(Models::delegation).toList();
            case "/api/officer-decisions" -> one ? Models.officerDecision(records.get(actor, DecisionPages.id(rest)))
                    : records.list(actor).stream().map(Models::officerDecision).toList();
            case "/api/reviews" -> reviews.list(actor).stream().map(Models::review).toList();
            default -> throw new NotFoundException("No such API: " + req.getRequestURI());
        };
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        Models.JSON.writeValue(resp.getOutputStream(), body);
    }
}
