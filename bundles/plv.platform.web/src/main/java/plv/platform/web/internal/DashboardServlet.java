package plv.platform.web.internal;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;

/**
 * The home page: every {@link DashboardPanel} the actor may see, in order. Registered as the default servlet, so any
 * path no page claims (for instance the pages of a bundle that has just stopped) answers 404 here.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public class DashboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServlet.class);
    private static final long SLOW_PANEL_MILLIS = 250;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

    private final transient FreemarkerPageRenderer pages;
    private final transient CurrentUser currentUser;
    private final transient List<DashboardPanel> panels = new CopyOnWriteArrayList<>();

    @Activate
    public DashboardServlet(@Reference FreemarkerPageRenderer pages, @Reference CurrentUser currentUser) {
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPanel(DashboardPanel panel) {
        panels.add(panel);
    }

    void removePanel(DashboardPanel panel) {
        panels.remove(panel);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            throw new NotFoundException("There is no page at " + path + ".");
        }
        Actor actor = currentUser.require(req);
        List<Map<String, Object>> shown = new ArrayList<>();
        panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order).thenComparing(DashboardPanel::title))
                .filter(p -> p.visibleTo(actor)).forEach(p -> shown.add(panel(p, actor)));
        pages.render(req, resp, getClass(), "dashboard.ftlh", "Dashboard", Map.of("panels", shown));
    }

    private static Map<String, Object> panel(DashboardPanel p, Actor actor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        long start = System.nanoTime();
        try {
            m.put("items", p.items(actor).stream().map(DashboardServlet::item).toList());
            m.put("failed", "");
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > SLOW_PANEL_MILLIS) {
                LOG.warn("Dashboard panel \"{}\" took {} ms for {}: the whole dashboard waits for it", p.title(), millis, actor.role().id());
            }
        } catch (RuntimeException e) {
            String reference = ErrorReference.next();
            LOG.error("Dashboard panel {} failed, reference {}", p.title(), reference, e);
            m.put("items", List.of());
            m.put("failed", reference);
        }
        return m;
    }

    private static Map<String, Object> item(PanelItem i) {
        return Map.of("text", i.text() == null ? "" : i.text(), "href", i.href() == null ? "" : i.href(),
                "date", i.date() == null ? "" : DATE.format(i.date()), "isoDate", i.date() == null ? "" : i.date().toString(),
                "urgency", i.urgency() == null ? "info" : i.urgency().name().toLowerCase(java.util.Locale.ROOT));
    }
}
