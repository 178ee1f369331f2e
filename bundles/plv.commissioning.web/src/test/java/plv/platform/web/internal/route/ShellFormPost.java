package plv.platform.web.internal.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;

/**
 * For this bundle's unit tests: a form posted to a form route as the shell's {@link RouteServlet} runs it, through the
 * shell's one form reader ({@link FormBinder}): bound and handled, or, when binding or the handler refuses, the route's
 * page with each error and what was typed. (It sits in the shell's package to reach the binder; the test classpath is
 * not a framework.)
 */
public final class ShellFormPost {

    private ShellFormPost() {
    }

    public static <T extends Record> Reply post(Class<T> type, Routes.FormPage page, Routes.FormAction<T> action, RouteRequest request,
            Map<String, String[]> posted) throws Exception {
        try {
            T bound = FormBinder.bind(type, posted::get);
            return action.handle(request, bound);
        } catch (FormBinder.Refused refused) {
            return page.render(request, state(refused.errors(), refused.typed()));
        } catch (ValidationException refused) {
            return page.render(request, state(refused.errors(), FormBinder.typed(type, posted::get)));
        }
    }

    /** The record the shell binds from {@code posted}; a refusal as the {@link ValidationException} it throws. */
    public static <T extends Record> T bind(Class<T> type, Map<String, String[]> posted) {
        return FormBinder.bind(type, posted::get);
    }

    private static FormState state(List<FieldError> errors, Map<String, String> typed) {
        Map<String, String> byField = errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message,
                (a, b) -> a + " " + b, LinkedHashMap::new));
        return new FormState(typed, byField);
    }
}
