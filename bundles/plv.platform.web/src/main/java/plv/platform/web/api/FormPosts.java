package plv.platform.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.web.internal.route.FormBinder;

/**
 * The shell's one way of running a posted form: bind the fields to the route's record with the platform's form binder,
 * run the action; on a refusal (by the binder, or a {@link ValidationException} from the action) render the route's
 * page with each error beside its field and what was typed. The route servlet runs every form route through it, and an
 * area's unit tests call it to run their forms exactly as the shell does, without a framework.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /** Runs {@code action} with the record bound from {@code posted} (a field's values by name), or renders the refusal. */
    public static <T extends Record> Reply run(Class<T> type, Routes.FormPage page, Routes.FormAction<T> action, RouteRequest request,
            Function<String, String[]> posted) throws Exception {
        try {
            T bound = FormBinder.bind(type, posted);
            return action.handle(request, bound);
        } catch (FormBinder.Refused refused) {
            return page.render(request, state(refused.errors(), refused.typed()));
        } catch (ValidationException refused) {
            return page.render(request, state(refused.errors(), FormBinder.typed(type, posted)));
        }
    }

    /** The record bound from {@code posted}, or the binder's refusal as a {@link ValidationException} naming each field. */
    public static <T extends Record> T bind(Class<T> type, Function<String, String[]> posted) {
        return FormBinder.bind(type, posted);
    }

    /** What the binder keeps of what was typed, to show a refused form again (never a {@code @Secret} field). */
    public static Map<String, String> typed(Class<? extends Record> type, Function<String, String[]> posted) {
        return FormBinder.typed(type, posted);
    }

    private static FormState state(List<FieldError> errors, Map<String, String> typed) {
        Map<String, String> byField = errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message,
                (a, b) -> a + " " + b, LinkedHashMap::new));
        return new FormState(typed, byField);
    }
}
