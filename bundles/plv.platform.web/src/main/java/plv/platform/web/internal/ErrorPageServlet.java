package plv.platform.web.internal;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;

/** The friendly page for errors the container itself reports (e.g. a servlet calling sendError). */
@Component(service = Servlet.class)
@HttpWhiteboardServletErrorPage(errorPage = { "4xx", "5xx" })
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient FreemarkerPageRenderer pages;

    @Activate
    public ErrorPageServlet(@Reference FreemarkerPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String reference = null;
        if (status >= 500) {
            reference = ErrorReference.next();
            Object error = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            org.slf4j.LoggerFactory.getLogger(ErrorPageServlet.class).error("Error {} on {}", reference,
                    req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), error instanceof Throwable t ? t : null);
        }
        pages.showError(req, resp, status, null, reference);
    }
}
