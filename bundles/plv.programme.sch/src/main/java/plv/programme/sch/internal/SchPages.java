package plv.programme.sch.internal;

import java.io.IOException;
import java.util.HashMap;
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

import plv.commissioning.api.CommissioningPaths;
import plv.platform.api.NotFoundException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;

/**
 * The programme's overview page. Its risk log and contract register are the commissioning area's pages
 * ({@code /commissioning/secure-childrens-home/...}); the old {@code /programmes/sch/risks} and {@code /contracts}
 * addresses redirect there.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({SecureChildrensHome.PATH, SecureChildrensHome.PATH + "/*"})
public class SchPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;
    private final transient CurrentUser currentUser;
    private final transient SecureChildrensHome programme;

    @Activate
    public SchPages(@Reference PageRenderer pages, @Reference CurrentUser currentUser,
            @Reference(target = "(plv.programme.type=secure-childrens-home)") plv.platform.api.Programme programme) {
        this.pages = pages;
        this.currentUser = currentUser;
        this.programme = (SecureChildrensHome) programme;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        switch (path) {
            case "/", "" -> overview(req, resp);
            case "/risks", "/contracts" -> resp.sendRedirect(CommissioningPaths.registers(SecureChildrensHome.ID).stream()
                    .filter(r -> r.id().equals(path.substring(1))).findFirst().orElseThrow().path());
            default -> throw new NotFoundException("There is no page " + SecureChildrensHome.PATH + path + ".");
        }
    }

    private void overview(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the registers and reports are for the programme's staff: others are not shown links they may not follow
        plv.platform.api.Actor actor = currentUser.require(req);
        boolean staff = CommissioningPaths.mayRead(actor);
        Map<String, Object> model = new HashMap<>();
        // referrals and placements only for those who may open them (directors and viewers see aggregates only)
        model.put("mayCases", SchHome.seesCases(actor));
        model.put("mayIncidents", SchHome.seesAll(actor));
        model.put("programme", programme.descriptor());
        model.put("registers", staff ? programme.registers() : List.of());
        model.put("reports", staff ? programme.reports() : List.of());
        pages.render(req, resp, getClass(), "sch/overview.ftlh", "Secure Children's Home", model);
    }
}
