package plv.board.web.internal;

import java.io.IOException;
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

import plv.board.api.Meeting;
import plv.board.api.Meetings;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.web.PageRenderer;

/**
 * The list of published minutes for anyone, without signing in ({@code /public/minutes}: meetings with approved
 * minutes, linking {@link PublicMinutesPdf}). The security filter lets GET through because of the service property
 * {@code plv.web.public.path} (the property {@code @PublicPath} of plv.platform.security sets).
 */
@Component(service = Servlet.class, property = "plv.web.public.path=/public/minutes")
@HttpWhiteboardServletPattern("/public/minutes")
public class PublicMinutes extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Only the public edition of approved minutes, and meeting summaries, are read with this actor. */
    private static final Actor PUBLIC = new Actor("public", "Public", Role.VIEWER, null);
    private final transient Meetings meetings;
    private final transient PageRenderer pages;

    @Activate
    public PublicMinutes(@Reference Meetings meetings, @Reference PageRenderer pages) {
        this.meetings = meetings;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Map<String, Object>> approved = meetings.meetings(PUBLIC).stream().filter(Meeting::minutesApproved)
                .map(Views::meetingSummary).toList();
        pages.render(req, resp, getClass(), "board/public-minutes.ftlh", "Published minutes", Map.of("meetings", approved));
    }
}
