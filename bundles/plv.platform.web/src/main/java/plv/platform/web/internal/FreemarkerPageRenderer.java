package plv.platform.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import plv.platform.api.Actor;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.web.templates.PageTemplates;
import plv.platform.security.api.SecurityHeaders;
import plv.platform.security.api.UserSession;

/**
 * Renders a bundle's FreeMarker template (HTML auto-escaping) into the shell's layout. Each owning bundle gets its
 * own FreeMarker configuration whose templates come from the owner's class loader first, then from the shell's
 * (so {@code plv/forms.ftlh} and {@code plv/lists.ftlh} can be imported).
 */
@Component(service = { PageRenderer.class, FreemarkerPageRenderer.class })
public class FreemarkerPageRenderer implements PageRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(FreemarkerPageRenderer.class);
    static final String PRODUCT = "PLV Governance Suite";

    private final CurrentUser currentUser;
    private final ShellNavigation navigation;
    /** The shell's own templates (layout, error page); configured on the first page rendered, not at start. */
    private volatile Configuration shell;
    private final Map<ClassLoader, Configuration> byOwner = new WeakHashMap<>();

    @Activate
    public FreemarkerPageRenderer(@Reference CurrentUser currentUser, @Reference ShellNavigation navigation) {
        this.currentUser = currentUser;
        this.navigation = navigation;
    }

    private Configuration shell() {
        Configuration c = shell;
        if (c == null) {
            synchronized (this) {
                if (shell == null) {
                    shell = PageTemplates.configuration(new ClassTemplateLoader(getClass().getClassLoader(), "templates"));
                }
                c = shell;
            }
        }
        return c;
    }

    @Override
    public void render(HttpServletRequest request, HttpServletResponse response, Class<?> owner, String template, String title,
            Map<String, Object> model) throws IOException {
        Map<String, Object> all = common(request, title);
        all.putAll(model);
        String body = process(forOwner(owner), template, all);
        // A page that set an error status first (e.g. 400 for a form shown again with its errors) keeps it.
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpServletResponse.SC_OK;
        respond(request, response, status, title, body, all);
    }

    /** Renders with an explicit status, e.g. 400 when a form is shown again with its errors. */
    public void render(HttpServletRequest request, HttpServletResponse response, int status, Class<?> owner, String template,
            String title, Map<String, Object> model) throws IOException {
        Map<String, Object> all = common(request, title);
        all.putAll(model);
        String body = process(forOwner(owner), template, all);
        respond(request, response, status, title, body, all);
    }

    @Override
    public void error(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        String reference = null;
        if (status >= 500) {
            reference = ErrorReference.next();
            LOG.error("Error page {} shown for {} {}: {}", reference, request.getMethod(), request.getRequestURI(), message);
        }
        showError(request, response, status, message, reference);
    }

    void showError(HttpServletRequest request, HttpServletResponse response, int status, String message, String reference)
            throws IOException {
        if (response.isCommitted()) {
            LOG.warn("Could not show error page {} for {}: the response was already sent", status, request.getRequestURI());
            return;
        }
        response.resetBuffer();
        String title = ErrorTexts.title(status);
        Map<String, Object> model = common(request, title);
        model.put("status", status);
        model.put("message", status >= 500 || message == null ? ErrorTexts.explanation(status) : message);
        model.put("reference", reference == null ? "" : reference);
        String body = process(shell(), "error.ftlh", model);
        respond(request, response, status, title, body, model);
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, int status, String title, String body,
            Map<String, Object> model) throws IOException {
        model.put("body", body);
        model.put("title", title);
        model.put("flash", UserSession.of(request).map(UserSession::takeFlash).orElse(List.of()));
        String page = process(shell(), "layout.ftlh", model);
        SecurityHeaders.apply(response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // encoded here in one call (the JDK's encoder) and sent with its length: the servlet writer encodes character
        // by character, which under load cost more CPU than rendering the page (docs/performance.md)
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        OutputStream out = response.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    private Map<String, Object> common(HttpServletRequest request, String title) {
        Map<String, Object> model = new HashMap<>();
        Optional<Actor> actor = currentUser.of(request);
        model.put("product", PRODUCT);
        model.put("title", title);
        model.put("csrf", UserSession.of(request).map(UserSession::csrfToken).orElse(""));
        model.put("errors", Map.of());
        model.put("form", Map.of());
        actor.ifPresent(a -> model.put("user", Map.of("username", a.username(), "displayName", a.displayName(),
                "role", a.role().id(), "roleLabel", a.role().label(), "council", a.councilGss() == null ? "" : a.councilGss())));
        model.put("nav", actor.map(a -> navigation.sections(a, request.getRequestURI())).orElse(List.of()));
        return model;
    }

    private String process(Configuration cfg, String template, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            cfg.getTemplate(template).process(model, out);
        } catch (TemplateException e) {
            throw new IOException("Template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
        }
        return out.toString();
    }

    private synchronized Configuration forOwner(Class<?> owner) {
        return byOwner.computeIfAbsent(owner.getClassLoader(), PageTemplates::configuration);
    }
}
