package plv.platform.core.internal;

import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.persistence.Database;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/** {@code POST /api/admin/backup?folder=/abs/path}: an online backup of the embedded database, for the company secretary. */
@Component(service = WebRoutes.class)
public class AdminApi implements WebRoutes {

    private final Database database;

    @Activate
    public AdminApi(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void define(Routes routes) {
        routes.post("/api/admin/backup", Access.roles(Role.SECRETARY), this::backup);
    }

    private Reply backup(RouteRequest r) {
        String folder = r.query("folder").orElse("");
        if (folder.isBlank() || !Path.of(folder).isAbsolute()) {
            throw new ValidationException("folder",
                    "folder must be an absolute path of a new or empty folder on the server, e.g. /srv/plv/backups/2026-11-23");
        }
        try {
            Path copy = database.backup(Path.of(folder));
            return Reply.json(Map.of("backup", copy.toString(), "restore", "-Dplv.db.restoreFrom=" + copy));
        } catch (IllegalStateException e) {
            return Reply.json(409, Map.of("error", e.getMessage()));
        }
    }
}
