package plv.programme.rpa.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Role;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The framework's admitted providers, with the form that admits one. The overview page at
 * {@value ResidentialParentingAssessments#PATH} is the shell's (the programme kit), from the programme's descriptor.
 */
@Component(service = WebRoutes.class)
public class RpaProviderPages implements WebRoutes {

    private static final Access READERS = Access.roles(Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.DIRECTOR);
    private static final Access KEEPERS = Access.roles(Role.COMMISSIONING_OFFICER, Role.SECRETARY);
    static final String PROVIDERS = ResidentialParentingAssessments.PATH + "/providers";

    /** The admission form. */
    public record ProviderForm(@Required @MaxLength(200) @Label("Provider name") String name,
            @MaxLength(40) @Label("Registration number") String registrationNumber, @Required @Label("Admitted on") LocalDate admittedOn) {
    }

    private final AdmittedProviders providers;

    @Activate
    public RpaProviderPages(@Reference AdmittedProviders providers) {
        this.providers = providers;
    }

    @Override
    public void define(Routes routes) {
        routes.get(PROVIDERS, READERS, r -> page(r, FormState.empty()))
                .form(PROVIDERS, KEEPERS, ProviderForm.class, this::page, this::admit);
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        Map<String, Object> model = new HashMap<>();
        model.put("providers", providers.list());
        model.put("mayEdit", r.requireActor().hasAnyRole(Role.COMMISSIONING_OFFICER, Role.SECRETARY));
        return Reply.page(getClass(), "rpa/providers.ftlh", ResidentialParentingAssessments.NAME + ": admitted providers", model)
                .withForm(state);
    }

    private Reply admit(RouteRequest r, ProviderForm form) {
        AdmittedProvider p = providers.admit(r.requireActor(), form.name(), form.registrationNumber(), form.admittedOn().toString());
        return Reply.redirect(PROVIDERS + "#provider-" + p.id(), "Admitted " + p.name() + " to the framework.");
    }
}
