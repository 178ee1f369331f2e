package plv.board.web.internal;

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

import plv.board.api.DirectorsRegister;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.web.CurrentUser;

/**
 * JSON API: {@code /api/directors}, {@code /api/meetings} (each with its {@code id}), {@code /api/meetings/{id}},
 * {@code /api/meetings/{id}/minutes.pdf?version=public|confidential[&number=N]} (confidential for directors and the
 * secretary only; {@code number} an earlier approved version) and {@code /api/written-resolutions}. Readers who may not see exempt material get Part 2 items by title only.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/directors", "/api/meetings", "/api/meetings/*", "/api/written-resolutions" })
public class BoardApi extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient DirectorsRegister directors;
    private final transient Meetings meetings;
    private final transient WrittenResolutions resolutions;

    @Activate
    public BoardApi(@Reference CurrentUser users, @Reference DirectorsRegister directors, @Reference Meetings meetings,
            @Reference WrittenResolutions resolutions) {
        this.users = users;
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req);
        String servlet = req.getServletPath();
        String info = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("^/+|/+$", "");
        Object body;
        if (servlet.equals("/api/directors")) {
            body = Map.of("directors", directors.directors(actor).stream().map(Views::director).toList());
        } else if (servlet.equals("/api/written-resolutions")) {
            body = Map.of("writtenResolutions", resolutions.resolutions(actor).stream().map(Views::resolution).toList());
        } else if (info.isEmpty()) {
            body = Map.of("meetings", meetings.meetings(actor).stream().map(Views::meetingSummary).toList());
        } else if (info.matches("\\d+")) {
            body = Views.meeting(meetings.meeting(actor, Long.parseLong(info)));
        } else if (info.matches("\\d+/minutes\\.pdf")) {
            long id = Long.parseLong(info.substring(0, info.indexOf('/')));
            MinutesEdition edition = edition(req.getParameter("version"));
            String number = req.getParameter("number");
            if (number != null && !number.isBlank()) { // an earlier approved version stays readable after a correction
                if (!number.matches("\\d{1,4}")) {
                    throw new plv.platform.api.ValidationException("number", "Ask for an approved version by its number, e.g. number=1.");
                }
                MinutesPdf.send(resp, meetings.minutesPdf(actor, id, edition, Integer.parseInt(number)), id, edition);
            } else {
                MinutesPdf.send(resp, meetings.minutesPdf(actor, id, edition), id, edition);
            }
            return;
        } else if (info.matches("\\d+/pack\\.pdf")) {
            long id = Long.parseLong(info.substring(0, info.indexOf('/')));
            MinutesEdition edition = edition(req.getParameter("version"));
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream(256 * 1024);
            meetings.pack(actor, id, edition, pdf);
            resp.setContentType("application/pdf");
            resp.setContentLength(pdf.size());
            resp.setHeader("Content-Disposition", "inline; filename=\"plv-pack-" + id + "-"
                    + edition.name().toLowerCase(java.util.Locale.ROOT) + ".pdf\"");
            if (edition == MinutesEdition.CONFIDENTIAL) {
                resp.setHeader("Cache-Control", "private, no-store");
            }
            pdf.writeTo(resp.getOutputStream());
            return;
        } else {
            throw new NotFoundException("There is nothing at " + req.getRequestURI() + ".");
        }
        resp.setContentType("application/json;charset=UTF-8");
        Views.JSON.writeValue(resp.getOutputStream(), body);
    }

    static MinutesEdition edition(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("public")) {
            return MinutesEdition.PUBLIC;
        }
        if (text.equalsIgnoreCase("confidential")) {
            return MinutesEdition.CONFIDENTIAL;
        }
        throw new plv.platform.api.ValidationException("version", "Ask for version=public or version=confidential, not '" + text + "'.");
    }
}
