package plv.platform.core.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Role;
import plv.platform.api.audit.AuditCheckpoint;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.web.CurrentUser;

/**
 * {@code GET /api/audit/verify}: walks the keyed chain ({@code {"valid":..,"entries":..,"firstBrokenEntry":..,"reason":..}});
 * {@code GET /api/audit/checkpoint}: verifies, then answers a signed checkpoint for the auditor to keep;
 * {@code POST /api/audit/verify} with that checkpoint as the JSON body: verifies the chain against it (cut short or
 * rewritten since?); {@code GET /api/audit?recordType=..&recordId=..} or {@code ?limit=N}: entries. Company secretary only.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/audit", "/api/audit/*"})
public class AuditApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CHECKPOINT = 4096;

    private final transient AuditTrail audit;
    private final transient CurrentUser currentUser;

    @Activate
    public AuditApiServlet(@Reference AuditTrail audit, @Reference CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        currentUser.require(req, Role.SECRETARY);
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/verify")) {
            Json.write(resp, 200, audit.verify());
        } else if (path.equals("/checkpoint")) {
            try {
                Json.write(resp, 200, audit.checkpoint());
            } catch (IllegalStateException broken) {
                Json.write(resp, 409, Map.of("error", broken.getMessage()));
            }
        } else if (path.equals("/")) {
            String type = req.getParameter("recordType");
            String id = req.getParameter("recordId");
            if (type != null && id != null) {
                Json.write(resp, 200, audit.forRecord(type, id));
            } else {
                Json.write(resp, 200, audit.recent(limit(req.getParameter("limit"))));
            }
        } else {
            Json.write(resp, 404, Map.of("error", "Unknown audit resource " + path + "; use /api/audit/verify or /api/audit"));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        currentUser.require(req, Role.SECRETARY);
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (!path.equals("/verify")) {
            Json.write(resp, 404, Map.of("error", "POST a checkpoint to /api/audit/verify"));
            return;
        }
        byte[] body = req.getInputStream().readNBytes(MAX_CHECKPOINT + 1);
        if (body.length > MAX_CHECKPOINT) {
            Json.write(resp, 413, Map.of("error", "A checkpoint is under " + MAX_CHECKPOINT + " bytes: send the JSON that GET /api/audit/checkpoint gave."));
            return;
        }
        AuditCheckpoint checkpoint;
        try {
            checkpoint = Json.MAPPER.readValue(body, AuditCheckpoint.class);
        } catch (IOException | RuntimeException e) {
            Json.write(resp, 400, Map.of("error", "The body is not a checkpoint: send the JSON that GET /api/audit/checkpoint gave"
                    + " (entries, headHash, at, keyId, signature)."));
            return;
        }
        Json.write(resp, 200, audit.verify(checkpoint));
    }

    private static int limit(String text) {
        try {
            return text == null ? 100 : Math.max(1, Math.min(10_000, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
