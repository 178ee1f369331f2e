package plv.platform.core.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditCheckpoint;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The audit trail for the company secretary: {@code GET /api/audit} (recent entries, or one record's with
 * {@code recordType} and {@code recordId}), {@code GET /api/audit/verify} (the whole chain),
 * {@code GET /api/audit/checkpoint} (a signed checkpoint to keep elsewhere) and {@code POST /api/audit/verify} with a
 * checkpoint kept earlier (the chain still holds what the checkpoint saw).
 */
@Component(service = WebRoutes.class)
public class AuditApi implements WebRoutes {

    static final int MAX_CHECKPOINT = 4096;
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);

    private final AuditTrail audit;

    @Activate
    public AuditApi(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/audit", SECRETARY, this::entries)
                .get("/api/audit/verify", SECRETARY, r -> Reply.json(audit.verify()))
                .get("/api/audit/checkpoint", SECRETARY, this::checkpoint)
                .post("/api/audit/verify", SECRETARY, r -> Reply.json(audit.verify(checkpointIn(r))));
    }

    private Reply entries(RouteRequest r) {
        var type = r.query("recordType");
        var id = r.query("recordId");
        if (type.isPresent() && id.isPresent()) {
            return Reply.json(audit.forRecord(type.get(), id.get()));
        }
        return Reply.json(audit.recent(limit(r.query("limit").orElse(null))));
    }

    private static AuditCheckpoint checkpointIn(RouteRequest r) {
        try {
            return r.json(AuditCheckpoint.class, MAX_CHECKPOINT);
        } catch (ValidationException notOne) {
            throw new ValidationException("body", "The body is not a checkpoint: send the JSON that GET /api/audit/checkpoint gave"
                    + " (entries, headHash, at, keyId, signature).");
        }
    }

    private Reply checkpoint(RouteRequest r) {
        try {
            return Reply.json(audit.checkpoint());
        } catch (IllegalStateException broken) {
            return Reply.json(409, Map.of("error", broken.getMessage()));
        }
    }

    static int limit(String text) {
        try {
            return text == null ? 100 : Math.max(1, Math.min(10_000, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
