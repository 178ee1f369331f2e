package plv.board.web.internal;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.DirectorsRegister;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.WrittenResolutions;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The board's JSON API as routes, for any signed-in user: {@code /api/directors}, {@code /api/meetings} (each with its
 * {@code id}), {@code /api/meetings/{id}}, {@code /api/meetings/{id}/minutes.pdf?version=public|confidential[&number=N]}
 * (confidential for directors and the secretary only; {@code number} an earlier approved version),
 * {@code /api/meetings/{id}/pack.pdf?version=public|confidential} and {@code /api/written-resolutions}. Readers who may
 * not see exempt material get Part 2 items by title only.
 */
@Component(service = WebRoutes.class)
public class BoardApiRoutes implements WebRoutes {
    private static final Access SIGNED_IN = Access.signedIn();

    private final DirectorsRegister directors;
    private final Meetings meetings;
    private final WrittenResolutions resolutions;

    @Activate
    public BoardApiRoutes(@Reference DirectorsRegister directors, @Reference Meetings meetings, @Reference WrittenResolutions resolutions) {
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/directors", SIGNED_IN,
                r -> Reply.json(Map.of("directors", directors.directors(r.requireActor()).stream().map(Views::director).toList())))
                .get("/api/written-resolutions", SIGNED_IN, r -> Reply.json(Map.of("writtenResolutions",
                        resolutions.resolutions(r.requireActor()).stream().map(Views::resolution).toList())))
                .get("/api/meetings", SIGNED_IN,
                        r -> Reply.json(Map.of("meetings", meetings.meetings(r.requireActor()).stream().map(Views::meetingSummary).toList())))
                .get("/api/meetings/{id}", SIGNED_IN, r -> Reply.json(Views.meeting(meetings.meeting(r.requireActor(), r.pathLong("id")))))
                .get("/api/meetings/{id}/minutes.pdf", SIGNED_IN, this::minutes)
                .get("/api/meetings/{id}/pack.pdf", SIGNED_IN, this::pack);
    }

    private Reply minutes(RouteRequest r) {
        long id = r.pathLong("id");
        MinutesEdition edition = edition(r.query("version").orElse(null));
        String number = r.query("number").orElse(null);
        byte[] pdf;
        if (number != null) { // an earlier approved version stays readable after a correction
            if (!number.matches("\\d{1,4}")) {
                throw new ValidationException("number", "Ask for an approved version by its number, e.g. number=1.");
            }
            pdf = meetings.minutesPdf(r.requireActor(), id, edition, Integer.parseInt(number));
        } else {
            pdf = meetings.minutesPdf(r.requireActor(), id, edition);
        }
        return pdf("plv-minutes-", id, edition, pdf);
    }

    /** Made in full before the answer starts, so that a refusal is still an error page and not a broken file. */
    private Reply pack(RouteRequest r) {
        long id = r.pathLong("id");
        MinutesEdition edition = edition(r.query("version").orElse(null));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        meetings.pack(r.requireActor(), id, edition, pdf);
        return pdf("plv-pack-", id, edition, pdf.toByteArray());
    }

    private static Reply pdf(String prefix, long id, MinutesEdition edition, byte[] pdf) {
        String name = prefix + id + "-" + edition.name().toLowerCase(Locale.ROOT) + ".pdf";
        return new Reply.Download("application/pdf", name, false, out -> out.write(pdf));
    }

    static MinutesEdition edition(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("public")) {
            return MinutesEdition.PUBLIC;
        }
        if (text.equalsIgnoreCase("confidential")) {
            return MinutesEdition.CONFIDENTIAL;
        }
        throw new ValidationException("version", "Ask for version=public or version=confidential, not '" + text + "'.");
    }
}
