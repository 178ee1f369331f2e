package plv.platform.api.web.route;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** What a route answers; the shell writes it. */
public sealed interface Reply permits Reply.Page, Reply.Redirect, Reply.Moved, Reply.Json, Reply.Download, Reply.Empty {

    /**
     * A page in the shell's layout.
     *
     * @param status   HTTP status (200; 400 for a refused form)
     * @param owner    a class of the bundle that holds the template
     * @param template a FreeMarker template under the owner's {@code templates/}, e.g. {@code users/list.ftlh}
     * @param title    the page title
     * @param model    the values the template uses
     */
    record Page(int status, Class<?> owner, String template, String title, Map<String, Object> model) implements Reply {
        public Page {
            model = model == null ? Map.of() : model;
        }

        /** This page with a form's values and errors added to its model (as {@code form} and {@code errors}). */
        public Page withForm(FormState state) {
            java.util.Map<String, Object> m = new java.util.HashMap<>(model);
            m.put("form", state.values());
            m.put("errors", state.errors());
            return new Page(state.status(), owner, template, title, m);
        }
    }

    /** See Other (303) to a path of the product, with an optional message shown once on the next page. */
    record Redirect(String path, String flash) implements Reply {
    }

    /**
     * Permanent Redirect (308) to a path of the product: an address that has moved for good. Browsers and calendar
     * programs keep the method and update their bookmarks and subscriptions.
     */
    record Moved(String path) implements Reply {
    }

    /** A JSON body, written by the shell's one configured mapper (java.time as ISO-8601 text). */
    record Json(int status, Object body) implements Reply {
    }

    /** A file: CSV, PDF, iCalendar. */
    record Download(String contentType, String filename, boolean attachment, Body body) implements Reply {
    }

    /** A status with no body (204). */
    record Empty(int status) implements Reply {
    }

    /** Writes a download's bytes. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static Page page(Class<?> owner, String template, String title, Map<String, Object> model) {
        return new Page(200, owner, template, title, model);
    }

    static Redirect redirect(String path) {
        return new Redirect(path, null);
    }

    static Redirect redirect(String path, String flash) {
        return new Redirect(path, flash);
    }

    static Moved moved(String path) {
        return new Moved(path);
    }

    static Json json(Object body) {
        return new Json(200, body);
    }

    static Json json(int status, Object body) {
        return new Json(status, body);
    }

    static Download download(String contentType, String filename, byte[] bytes) {
        return new Download(contentType, filename, true, out -> out.write(bytes));
    }

    static Download inline(String contentType, String filename, Body body) {
        return new Download(contentType, filename, false, body);
    }
}
