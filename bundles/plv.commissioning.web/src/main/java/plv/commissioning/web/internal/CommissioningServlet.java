package plv.commissioning.web.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.RiskLog;
import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;

/**
 * {@code /commissioning/{programme}/risks/...} and {@code /commissioning/{programme}/contracts/...} for every programme
 * installed now: a programme whose bundle has stopped answers 404, though its records stay in the database.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/commissioning/*")
public class CommissioningServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient ProgrammeRegistry programmes;
    private final transient RiskPages risks;
    private final transient ContractPages contracts;

    @Activate
    public CommissioningServlet(@Reference ProgrammeRegistry programmes, @Reference RiskLog log, @Reference ContractRegister register,
            @Reference PageRenderer pages, @Reference CurrentUser users, @Reference plv.commissioning.api.RiskAppetites appetites,
            @Reference plv.platform.api.time.PlvClock clock) {
        this.programmes = programmes;
        this.risks = new RiskPages(log, pages, users, appetites, clock);
        this.contracts = new ContractPages(register, pages, users);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        dispatch(req, resp, false);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        dispatch(req, resp, true);
    }

    private void dispatch(HttpServletRequest req, HttpServletResponse resp, boolean post) throws IOException {
        List<String> parts = Requests.parts(req);
        ProgrammeDescriptor p = programme(parts);
        List<String> rest = parts.subList(2, parts.size());
        switch (parts.get(1)) {
            case "risks" -> {
                if (post) {
                    risks.post(req, resp, p, rest);
                } else {
                    risks.get(req, resp, p, rest);
                }
            }
            case "contracts" -> {
                if (post) {
                    contracts.post(req, resp, p, rest);
                } else {
                    contracts.get(req, resp, p, rest);
                }
            }
            default -> throw new NotFoundException("There is nothing at " + req.getRequestURI() + ".");
        }
    }

    private ProgrammeDescriptor programme(List<String> parts) {
        if (parts.size() < 2) {
            throw new NotFoundException("Choose a programme's contract register or risk log from the navigation.");
        }
        return programmes.programme(parts.get(0)).map(p -> p.descriptor())
                .orElseThrow(() -> new NotFoundException("There is no programme '" + parts.get(0) + "' installed."));
    }
}
