package plv.platform.core.internal;

import java.io.IOException;
import java.nio.file.Path;
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
import plv.platform.api.persistence.Database;
import plv.platform.api.web.CurrentUser;

/**
 * {@code POST /api/admin/backup?folder=/srv/backups/today}: online backup of the embedded database, for scripts
 * ({@code bin/plv backup}). Company secretary only.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/admin/*")
public class AdminApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Database database;
    private final transient CurrentUser currentUser;

    @Activate
    public AdminApiServlet(@Reference Database database, @Reference CurrentUser currentUser) {
        this.database = database;
        this.currentUser = currentUser;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        currentUser.require(req, Role.SECRETARY);
        if (!"/backup".equals(req.getPathInfo())) {
            Json.write(resp, 404, Map.of("error", "Unknown admin action; POST /api/admin/backup?folder=..."));
            return;
        }
        String folder = req.getParameter("folder");
        if (folder == null || folder.isBlank() || !Path.of(folder).isAbsolute()) {
            Json.write(resp, 400, Map.of("field", "folder", "error",
                    "folder must be an absolute path of a new or empty folder on the server, e.g. /srv/plv/backups/2026-11-23"));
            return;
        }
        try {
            Path copy = database.backup(Path.of(folder));
            Json.write(resp, 200, Map.of("backup", copy.toString(), "restore", "-Dplv.db.restoreFrom=" + copy));
        } catch (IllegalStateException e) {
            Json.write(resp, 409, Map.of("error", e.getMessage()));
        }
    }
}
