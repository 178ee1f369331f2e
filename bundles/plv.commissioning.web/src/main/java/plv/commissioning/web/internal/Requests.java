package plv.commissioning.web.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;

/** Small request helpers shared by the register pages. */
final class Requests {

    /** Who may read the registers; the services check again. */
    static final Role[] READERS = {Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR};
    /** Who may change them. */
    static final Role[] KEEPERS = {Role.COMMISSIONING_OFFICER, Role.SECRETARY};

    private Requests() {
    }

    /** The path after the servlet's pattern, split on '/': {@code /sch/risks/4/edit} → [sch, risks, 4, edit]. */
    static List<String> parts(HttpServletRequest req) {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** The submitted form, one value per field (the first when repeated). */
    static Map<String, String> form(HttpServletRequest req) {
        Map<String, String> form = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? "" : v[0]));
        return form;
    }

    /** The errors of a refused form by field, the first message of each. */
    static Map<String, String> errors(ValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
        return errors;
    }

    static long id(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no " + what + " '" + text + "'.");
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
