package plv.platform.api.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders a page of a contributing bundle inside the shell's layout (navigation, signed-in user, CSRF token,
 * messages). Templates are FreeMarker {@code .ftlh} files (HTML auto-escaping on) in the owner's bundle under
 * {@code templates/}.
 */
@ProviderType
public interface PageRenderer {

    /**
     * @param owner    a class of the bundle that holds the template
     * @param template e.g. {@code members/list.ftlh}
     * @param title    the page title
     * @param model    the values the template uses
     */
    void render(HttpServletRequest request, HttpServletResponse response, Class<?> owner, String template, String title,
            Map<String, Object> model) throws IOException;

    /** Answers with the shell's friendly error page for {@code status} (403, 404, 409, 500...). */
    void error(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException;
}
