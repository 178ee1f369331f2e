package plv.commissioning.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;

/** What the register pages share: who may read and keep them, the programme of the path, the posted form. */
final class Requests {

    /** Who may read the registers; the services check again. */
    static final Role[] READERS = {Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR};
    /** Who may change them. */
    static final Role[] KEEPERS = {Role.COMMISSIONING_OFFICER, Role.SECRETARY};
    static final Access READ = Access.roles(Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR);
    static final Access KEEP = Access.roles(Role.COMMISSIONING_OFFICER, Role.SECRETARY);

    private Requests() {
    }

    /** The programme named by the path's {@code {programme}}, installed now; a stopped programme's pages answer 404. */
    static ProgrammeDescriptor programme(ProgrammeRegistry programmes, RouteRequest r) {
        String id = r.path("programme");
        return programmes.programme(id).map(p -> p.descriptor())
                .orElseThrow(() -> new NotFoundException("There is no programme '" + id + "' installed."));
    }

    /** The submitted form, one value per field (the first when repeated). */
    static Map<String, String> form(RouteRequest r) {
        Map<String, String> form = new LinkedHashMap<>();
        r.servletRequest().getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? "" : v[0]));
        return form;
    }

    /** A form showing {@code values} (an absent value shown empty), with no errors. */
    static FormState values(Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((k, v) -> shown.put(k, v == null ? "" : v));
        return FormState.of(shown);
    }

    /** The refused form as typed, each field with the first message about it (the page answers 400). */
    static FormState refused(Map<String, String> typed, ValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
        return new FormState(values(typed).values(), errors);
    }

    /**
     * Saves the posted {@code form} with {@code save}, which answers where to go next; when the service refuses it, the
     * page {@code again} shows the form as typed with each error beside its field (400). Nothing was saved then.
     */
    static Reply saved(Map<String, String> form, Supplier<String> save, Function<FormState, Reply> again) {
        try {
            return Reply.redirect(save.get());
        } catch (ValidationException e) {
            return again.apply(refused(form, e));
        }
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException("version", "The form lost the record's version; reload the page and make your change again.");
        }
    }
}
