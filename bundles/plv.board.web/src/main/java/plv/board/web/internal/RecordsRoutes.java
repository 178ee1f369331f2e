package plv.board.web.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.Part;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.ExportVerification;
import plv.board.api.Meetings;
import plv.board.api.RecordsRetention;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * Retention of the board's records, the company secretary's only: {@code /records} (the years to export, and the form
 * to check an export), {@code /api/records/{year}/export.zip} (the year's records as a zip with its manifest, streamed;
 * also with an API token) and {@code /records/verify} (upload an export: each entry OK, changed, missing or extra).
 */
@Component(service = WebRoutes.class)
public class RecordsRoutes implements WebRoutes {
    /** The largest export the check takes (the upload is streamed to a temporary file, then read once). */
    static final long MAX_EXPORT_BYTES = 4L * 1024 * 1024 * 1024;
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);

    /** A check posts no field but its file (read by the action) and the CSRF token. */
    record VerifyForm() {
    }

    private final RecordsRetention retention;
    private final Meetings meetings;
    private final PlvClock clock;

    @Activate
    public RecordsRoutes(@Reference RecordsRetention retention, @Reference Meetings meetings, @Reference PlvClock clock) {
        this.retention = retention;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/records", SECRETARY, r -> page(r, FormState.empty(), null))
                .get("/api/records/{year}/export.zip", SECRETARY, this::export)
                .upload("/records/verify", SECRETARY, MAX_EXPORT_BYTES, VerifyForm.class, (r, state) -> page(r, state, null),
                        this::verify);
    }

    private Reply export(RouteRequest r) {
        String text = r.path("year");
        if (!text.matches("\\d{4}")) {
            throw new ValidationException("year", "Give the year as four digits, e.g. 2026, not '" + text + "'.");
        }
        int year = Integer.parseInt(text);
        if (year < 2000 || year > 9999) { // refused before the download starts, so the answer is a 400 and not a broken zip
            throw new ValidationException("year", "Choose a year from 2000 to 9999, not " + year + ".");
        }
        return new Reply.Download("application/zip", "plv-board-records-" + year + ".zip", true,
                out -> retention.export(r.requireActor(), year, out));
    }

    /** The check of an uploaded export; a refusal (no file, not a zip) is shown by the shell beside the file's field. */
    private Reply verify(RouteRequest r, VerifyForm f) throws java.io.IOException {
        Part file = r.file("file").filter(p -> p.getSize() > 0)
                .orElseThrow(() -> new ValidationException("file", "Choose the export (a .zip file) to check."));
        ExportVerification result;
        try (InputStream in = file.getInputStream()) {
            result = retention.verify(r.requireActor(), in);
        }
        return page(r, FormState.empty(), result);
    }

    private Reply.Page page(RouteRequest r, FormState state, ExportVerification result) {
        Map<String, Object> model = new HashMap<>();
        int first = meetings.meetings(r.requireActor()).stream().mapToInt(m -> m.startsAt().getYear()).min()
                .orElse(clock.today().getYear());
        int last = clock.today().getYear();
        model.put("years", IntStream.rangeClosed(Math.min(first, last), last).map(y -> last - (y - Math.min(first, last)))
                .boxed().toList());
        if (result != null) {
            model.put("result", Map.of("intact", result.intact(), "manifestFound", result.manifestFound(),
                    "exported", result.exported() == null ? "" : result.exported(),
                    "manifestSha256", result.manifestSha256() == null ? "" : result.manifestSha256(),
                    "ok", result.count(ExportVerification.Status.OK), "changed", result.count(ExportVerification.Status.CHANGED),
                    "missing", result.count(ExportVerification.Status.MISSING), "extra", result.count(ExportVerification.Status.EXTRA),
                    "entries", result.entries().stream().map(e -> Views.map("path", e.path(), "status", e.status().name(),
                            "expectedBytes", e.expectedBytes(), "actualBytes", e.actualBytes(), "expectedSha256", e.expectedSha256(),
                            "actualSha256", e.actualSha256())).toList()));
        }
        return Reply.page(getClass(), "board/records.ftlh", "Retention of the board's records", model).withForm(state);
    }
}
