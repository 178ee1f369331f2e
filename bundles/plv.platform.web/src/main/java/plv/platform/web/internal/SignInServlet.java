package plv.platform.web.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.platform.security.api.Sessions;
import plv.platform.security.api.SignInOutcome;
import plv.platform.security.api.UserSession;

/** The sign-in form ({@code /sign-in}) and sign-out ({@code POST /sign-out}). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/sign-in", "/sign-out" })
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient FreemarkerPageRenderer pages;
    private final transient Sessions sessions;

    @Activate
    public SignInServlet(@Reference FreemarkerPageRenderer pages, @Reference Sessions sessions) {
        this.pages = pages;
        this.sessions = sessions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().equals("/sign-out")) {
            resp.sendRedirect(req.getContextPath() + "/");
            return;
        }
        UserSession session = sessions.begin(req, resp);
        if (session.actor().isPresent()) {
            resp.sendRedirect(req.getContextPath() + safeNext(req.getParameter("next")));
            return;
        }
        show(req, resp, HttpServletResponse.SC_OK, "", "", safeNext(req.getParameter("next")));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().equals("/sign-out")) {
            sessions.signOut(req, resp);
            sessions.begin(req, resp).flash("You have signed out.");
            resp.sendRedirect(req.getContextPath() + "/sign-in");
            return;
        }
        String username = req.getParameter("username");
        String next = safeNext(req.getParameter("next"));
        SignInOutcome outcome = sessions.signIn(req, resp, username, req.getParameter("password"));
        if (outcome.status() == SignInOutcome.Status.SIGNED_IN) {
            resp.sendRedirect(req.getContextPath() + next);
            return;
        }
        show(req, resp, HttpServletResponse.SC_UNAUTHORIZED, username == null ? "" : username, outcome.message(), next);
    }

    private void show(HttpServletRequest req, HttpServletResponse resp, int status, String username, String error, String next)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("error", error);
        model.put("next", next);
        pages.render(req, resp, status, getClass(), "sign-in.ftlh", "Sign in", model);
    }

    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20) && !next.startsWith("/sign-") ? next : "/";
    }
}
