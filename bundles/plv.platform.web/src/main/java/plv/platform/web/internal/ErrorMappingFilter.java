package plv.platform.web.internal;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.security.api.RequestTooLargeException;
import plv.platform.security.api.UnreadBody;

/**
 * Turns what a page throws into the shell's friendly error pages in one place: AccessDenied 403, NotFound 404,
 * ConcurrentChange 409, Validation 400, RequestTooLarge 413 (naming the limit), anything else 500 with a reference that is also in the log. Runs just inside
 * the security filter, so the page knows who is signed in. API paths get the same statuses as JSON.
 */
@Component(service = Filter.class, property = Constants.SERVICE_RANKING + ":Integer=900")
@HttpWhiteboardFilterPattern("/*")
public class ErrorMappingFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappingFilter.class);

    private final FreemarkerPageRenderer pages;

    @Activate
    public ErrorMappingFilter(@Reference FreemarkerPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            handle(req, resp, e);
        }
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp, Exception e) throws IOException {
        Throwable known = known(e);
        int status;
        String message;
        String reference = null;
        if (known instanceof AccessDeniedException) {
            status = 403;
            message = known.getMessage();
        } else if (known instanceof NotFoundException) {
            status = 404;
            message = known.getMessage();
        } else if (known instanceof ConcurrentChangeException) {
            status = 409;
            message = known.getMessage();
        } else if (known instanceof RequestTooLargeException) {
            status = 413;
            message = known.getMessage();
            // A modest rest of the body is dropped so that the client can read this answer; the connection is closed.
            UnreadBody.discard(req, UnreadBody.DEFAULT_DISCARD_BYTES);
            resp.setHeader("Connection", "close");
        } else if (known instanceof ValidationException v) {
            status = 400;
            message = v.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining(" "));
        } else {
            status = 500;
            reference = ErrorReference.next();
            message = null;
            LOG.error("Error {} on {} {}", reference, req.getMethod(), req.getRequestURI(), e);
        }
        if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
            if (!resp.isCommitted()) {
                resp.resetBuffer();
                resp.setStatus(status);
                resp.setContentType("application/json;charset=UTF-8");
                String text = message != null ? message : ErrorTexts.explanation(status) + " Reference " + reference + ".";
                resp.getWriter().write("{\"status\":" + status + ",\"error\":\"" + Json.escape(text) + "\""
                        + (reference == null ? "" : ",\"reference\":\"" + reference + "\"") + fields(known) + "}");
            }
            return;
        }
        pages.showError(req, resp, status, message, reference);
    }

    /**
     * For a refusal, the field of its first error and every error by field, so that an API client can show each beside
     * its input: {@code ,"field":"folder","errors":[{"field":"folder","message":"..."}]}.
     */
    static String fields(Throwable known) {
        if (!(known instanceof ValidationException v) || v.errors().isEmpty()) {
            return "";
        }
        return ",\"field\":\"" + Json.escape(v.errors().get(0).field()) + "\",\"errors\":[" + v.errors().stream()
                .map(f -> "{\"field\":\"" + Json.escape(f.field()) + "\",\"message\":\"" + Json.escape(f.message()) + "\"}")
                .collect(Collectors.joining(",")) + "]";
    }

    /** The first of the exceptions the shell knows, looking through wrappers (servlet, template, reflection). */
    static Throwable known(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof NotFoundException || t instanceof ConcurrentChangeException
                    || t instanceof ValidationException || t instanceof RequestTooLargeException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }
}
