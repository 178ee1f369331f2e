package plv.board.web.internal;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.platform.api.NotFoundException;

/**
 * {@code /public/minutes/{id}.pdf}: the public edition of approved minutes, for anyone without signing in (service
 * property {@code plv.web.public.path}); minutes not yet approved are not found here.
 */
@Component(service = Servlet.class, property = "plv.web.public.path=/public/minutes/*")
@HttpWhiteboardServletPattern("/public/minutes/*")
public class PublicMinutesPdf extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Meetings meetings;

    @Activate
    public PublicMinutesPdf(@Reference Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("^/+|/+$", "");
        byte[] pdf;
        long id;
        try {
            if (!info.matches("\\d{1,18}\\.pdf")) {
                throw new NotFoundException("There are no published minutes at " + req.getRequestURI() + ".");
            }
            id = Long.parseLong(info.substring(0, info.indexOf('.')));
            pdf = meetings.minutesPdf(null, id, MinutesEdition.PUBLIC);
        } catch (NotFoundException e) {
            // answered here, not by the shell's error pages: visitors are not signed in, and this must be a 404 even
            // where the web shell is not installed
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        MinutesPdf.send(resp, pdf, id, MinutesEdition.PUBLIC);
    }
}
