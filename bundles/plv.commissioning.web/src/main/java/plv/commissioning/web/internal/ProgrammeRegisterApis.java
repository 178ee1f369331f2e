package plv.commissioning.web.internal;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.Programme;
import plv.platform.api.web.CurrentUser;

/**
 * {@code GET /api/programmes/{id}/contracts} (OCDS-shaped) and {@code /api/programmes/{id}/risks} for each programme
 * installed now. The platform answers {@code /api/programmes/*}; an exact servlet pattern per programme is more
 * specific, so these win for their two paths, and go when the programme does.
 */
@Component(immediate = true)
public class ProgrammeRegisterApis {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final BundleContext context;
    private final ContractRegister contracts;
    private final RiskLog risks;
    private final CurrentUser users;
    private final Map<Programme, ServiceRegistration<Servlet>> registered = new ConcurrentHashMap<>();
    private volatile boolean active = true;

    @Activate
    public ProgrammeRegisterApis(BundleContext context, @Reference ContractRegister contracts, @Reference RiskLog risks,
            @Reference CurrentUser users) {
        this.context = context;
        this.contracts = contracts;
        this.risks = risks;
        this.users = users;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProgramme(Programme programme) {
        if (!active) {
            return;
        }
        String id = programme.descriptor().id();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN,
                new String[] {"/api/programmes/" + id + "/contracts", "/api/programmes/" + id + "/risks"});
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "commissioning-api-" + id);
        registered.put(programme, context.registerService(Servlet.class, new RegisterApi(id), props));
    }

    void removeProgramme(Programme programme) {
        ServiceRegistration<Servlet> r = registered.remove(programme);
        if (r != null) {
            unregister(r);
        }
    }

    @Deactivate
    void close() {
        active = false;
        registered.values().forEach(ProgrammeRegisterApis::unregister);
        registered.clear();
    }

    private static void unregister(ServiceRegistration<Servlet> r) {
        try {
            r.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework took it down with the bundle
        }
    }

    /** One programme's two JSON registers. */
    private final class RegisterApi extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String programmeId;

        RegisterApi(String programmeId) {
            this.programmeId = programmeId;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Actor actor = users.require(req, Requests.READERS);
            Object body = req.getServletPath().endsWith("/contracts")
                    ? OcdsContracts.release(programmeId, contracts.list(actor, programmeId))
                    : risks.list(actor, programmeId);
            resp.setContentType("application/json;charset=UTF-8");
            resp.setHeader("Cache-Control", "no-store");
            JSON.writeValue(resp.getOutputStream(), body);
        }
    }
}
