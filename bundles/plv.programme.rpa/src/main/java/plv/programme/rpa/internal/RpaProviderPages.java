package plv.programme.rpa.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.RoleGroup;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The framework's admitted providers. They are kept by the commissioning area's procurement model: applications,
 * admissions and call-offs are recorded at {@code /procurement/residential-parenting-assessments}. The overview page at
 * {@value ResidentialParentingAssessments#PATH} is the shell's (the programme kit), from the programme's descriptor.
 */
@Component(service = WebRoutes.class)
public class RpaProviderPages implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    static final String PROVIDERS = ResidentialParentingAssessments.PATH + "/providers";

    private final RpaFramework framework;

    @Activate
    public RpaProviderPages(@Reference RpaFramework framework) {
        this.framework = framework;
    }

    @Override
    public void define(Routes routes) {
        routes.get(PROVIDERS, READERS, r -> {
            Map<String, Object> model = new HashMap<>();
            model.put("providers", framework.admitted());
            framework.framework().ifPresent(a -> model.put("framework", a));
            model.put("procurement", "/procurement/" + ResidentialParentingAssessments.ID);
            model.put("mayEdit", r.requireActor().in(RoleGroup.REGISTER_KEEPERS));
            return Reply.page(getClass(), "rpa/providers.ftlh", ResidentialParentingAssessments.NAME + ": admitted providers", model);
        });
    }
}
