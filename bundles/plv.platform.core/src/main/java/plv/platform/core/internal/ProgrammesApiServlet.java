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
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Programme;
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

    record ProgrammeJson(String id, String name, String description, String status, List<RegisterDescriptor> registers,
            List<ReportDescriptor> reports) {
        static ProgrammeJson of(Programme p) {
            ProgrammeDescriptor d = p.descriptor();
            return new ProgrammeJson(d.id(), d.name(), d.description(), d.status().id(), p.registers(), p.reports());
        }
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
        currentUser.require(req);
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            Json.write(resp, 200, registry.programmes().stream().map(ProgrammeJson::of).toList());
            return;
        }
        String id = path.substring(1);
        var found = registry.programme(id);
        if (found.isPresent()) {
            Json.write(resp, 200, ProgrammeJson.of(found.get()));
        } else {
            Json.write(resp, 404, java.util.Map.of("error", "No programme with id '" + id + "' is installed."));
        }
    }
}
