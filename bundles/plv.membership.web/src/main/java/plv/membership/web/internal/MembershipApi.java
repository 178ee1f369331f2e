package plv.membership.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.membership.api.Contributions;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberRegister;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.web.CurrentUser;

/**
 * JSON API: {@code /api/members} (each with its GSS code), {@code /api/members/{gss}}, {@code /api/agreements} (each
 * with its computed dates in ISO format, {@code ?asOf=YYYY-MM-DD}), {@code /api/contributions?year=YYYY}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/members", "/api/members/*", "/api/agreements", "/api/contributions"})
public class MembershipApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient MemberRegister register;
    private final transient MemberAgreements agreements;
    private final transient Contributions contributions;
    private final transient PlvClock clock;

    @Activate
    public MembershipApi(@Reference CurrentUser users, @Reference MemberRegister register,
            @Reference MemberAgreements agreements, @Reference Contributions contributions, @Reference PlvClock clock) {
        this.clock = clock;
        this.users = users;
        this.register = register;
        this.agreements = agreements;
        this.contributions = contributions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String servlet = req.getServletPath();
        String info = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("^/+|/+$", "");
        Object body;
        if (servlet.equals("/api/members") && info.isEmpty()) {
            body = Map.of("members", register.members(actor).stream().map(m -> Views.member(m, clock.today())).toList());
        } else if (servlet.equals("/api/members")) {
            body = register.member(actor, info).map(m -> Views.member(m, clock.today()))
                    .orElseThrow(() -> new NotFoundException("There is no member " + info + "."));
        } else if (servlet.equals("/api/agreements")) {
            users.require(req, Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
            LocalDate asOf = Forms.date(req, "asOf", false);
            asOf = asOf == null ? clock.today() : asOf;
            body = Map.of("asOf", asOf.toString(),
                    "agreements", agreements.agreements(actor, asOf).stream().map(Views::agreement).toList());
        } else if (servlet.equals("/api/contributions")) {
            users.require(req, Role.SECRETARY, Role.DIRECTOR, Role.MONITORING_OFFICER);
            body = Views.schedule(contributions.schedule(actor, Forms.year(req, Forms.financialYear(clock.today()))));
        } else {
            throw new NotFoundException("There is nothing at " + req.getRequestURI() + ".");
        }
        resp.setContentType("application/json;charset=UTF-8");
        Views.JSON.writeValue(resp.getOutputStream(), body);
    }

    static List<String> paths() {
        return List.of("/api/members", "/api/members/{gss}", "/api/agreements", "/api/contributions?year=YYYY");
    }
}
