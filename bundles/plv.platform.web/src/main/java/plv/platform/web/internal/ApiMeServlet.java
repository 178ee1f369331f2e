package plv.platform.web.internal;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.api.Actor;
import plv.platform.api.web.CurrentUser;

/**
 * {@code GET /api/me}: who the credentials belong to, so that a council system can check its HTTP Basic
 * credentials or API token before it calls anything else.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/me")
public class ApiMeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CurrentUser currentUser;

    @Activate
    public ApiMeServlet(@Reference CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor a = currentUser.require(req);
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write("{\"username\":\"" + Json.escape(a.username()) + "\",\"displayName\":\"" + Json.escape(a.displayName())
                + "\",\"role\":\"" + a.role().id() + "\",\"councilGss\":"
                + (a.councilGss() == null ? "null" : "\"" + Json.escape(a.councilGss()) + "\"") + "}");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
