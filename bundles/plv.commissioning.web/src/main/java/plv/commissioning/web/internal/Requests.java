package plv.commissioning.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.RouteRequest;

/** What the register pages share: who may read and keep them, the programme of the path, an edit form's values and version. */
final class Requests {

    /** Who may read the registers; the services check again. */
    static final Access READ = Access.of(RoleGroup.REGISTER_READERS);
    /** Who may change them. */
    static final Access KEEP = Access.of(RoleGroup.REGISTER_KEEPERS);

    private Requests() {
    }

    /** The programme named by the path's {@code {programme}}, installed now; a stopped programme's pages answer 404. */
    static ProgrammeDescriptor programme(ProgrammeRegistry programmes, RouteRequest r) {
        String id = r.path("programme");
        return programmes.programme(id).map(p -> p.descriptor())
                .orElseThrow(() -> new NotFoundException("There is no programme '" + id + "' installed."));
    }

    /** A form showing {@code values} (an absent value shown empty), with no errors: an edit form as stored. */
    static FormState values(Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((k, v) -> shown.put(k, v == null ? "" : v));
        return FormState.of(shown);
    }

    /** The version of the record an edit form was opened at, as bound; refused when the form lost it. */
    static long version(Long version) {
        if (version == null) {
            throw new ValidationException("version", "The form lost the record's version; reload the page and make your change again.");
        }
        return version;
    }
}
