package plv.platform.api.web.route;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a {@link WebRoutes} service declares its routes. A pattern is an absolute path whose segments are literals or
 * parameters: {@code /users/{username}/tokens/{id}}. A parameter matches one non-empty segment; its value is read,
 * typed, with {@link RouteRequest#path(String)}, {@link RouteRequest#pathLong(String)}. Literal segments win over
 * parameters, so {@code /users/new} and {@code /users/{username}} can live side by side.
 */
@ProviderType
public interface Routes {

    /** A page or endpoint read with GET (and HEAD). */
    Routes get(String pattern, Access access, Handler handler);

    /** An action posted with POST; the shell has checked the CSRF token of a browser session before it runs. */
    Routes post(String pattern, Access access, Handler handler);

    /**
     * A form posted with POST, bound to the record {@code type} and validated (see {@link Required} and the other
     * annotations of this package) before {@code action} runs. When binding, validation or the action refuses the
     * input with a {@link plv.platform.api.ValidationException}, nothing has been changed and the shell answers 400
     * with {@code form}'s page, given each error and what was typed: the one rule for a refused form.
     */
    <T extends Record> Routes form(String pattern, Access access, Class<T> type, FormPage form, FormAction<T> action);

    /**
     * An upload posted with POST as multipart/form-data: files of at most {@code maxFileBytes} each (a larger upload
     * is refused with 413 before the handler runs, and before anything is read for a caller who may not call the
     * route); the handler reads them with {@link RouteRequest#file(String)} and the other fields as usual. The
     * shell has checked the CSRF token, which the form must post before its files. For an upload answered as JSON; a
     * page's upload form is the typed
     * {@link #upload(String, Access, long, Class, FormPage, FormAction) upload}, refused as every form is.
     */
    Routes upload(String pattern, Access access, long maxFileBytes, Handler handler);

    /**
     * A form with files: an {@link #upload(String, Access, long, Handler) upload} whose other fields bind to the record
     * {@code type} as for {@link #form(String, Access, Class, FormPage, FormAction) form}, the files read in
     * {@code action} with {@link RouteRequest#file(String)}. A refusal by the binder or the action (a
     * {@link plv.platform.api.ValidationException}, for instance "not a PDF" on the file's field) answers 400 with
     * {@code form}'s page, each error beside its field: the same rule as for every form.
     */
    <T extends Record> Routes upload(String pattern, Access access, long maxFileBytes, Class<T> type, FormPage form,
            FormAction<T> action);

    /** An API call with PUT. */
    Routes put(String pattern, Access access, Handler handler);

    /** An API call with DELETE. */
    Routes delete(String pattern, Access access, Handler handler);

    /** Runs a route's work. */
    @FunctionalInterface
    interface Handler {
        Reply handle(RouteRequest request) throws Exception;
    }

    /** Runs a bound, valid form. */
    @FunctionalInterface
    interface FormAction<T> {
        Reply handle(RouteRequest request, T form) throws Exception;
    }

    /** Renders the page that holds a form: empty on GET, with errors and what was typed after a refusal. */
    @FunctionalInterface
    interface FormPage {
        Reply.Page render(RouteRequest request, FormState state) throws Exception;
    }
}
