package plv.platform.web.internal.route;

import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Routes;

/**
 * One declared route: method, pattern, access and what runs it (a handler, or a form with its page and action); for an
 * upload, the largest file it takes (0: none).
 */
record Route(String method, RoutePattern pattern, Access access, Routes.Handler handler, FormRoute<?> form, Object owner,
        long maxUploadBytes) {

    Route(String method, RoutePattern pattern, Access access, Routes.Handler handler, FormRoute<?> form, Object owner) {
        this(method, pattern, access, handler, form, owner, 0);
    }

    /** A form route's parts. */
    record FormRoute<T extends Record>(Class<T> type, Routes.FormPage page, Routes.FormAction<T> action) {
    }
}
