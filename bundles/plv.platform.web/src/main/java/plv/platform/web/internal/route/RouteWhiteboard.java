package plv.platform.web.internal.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.platform.web.internal.FreemarkerPageRenderer;

/**
 * Tracks every {@link WebRoutes} service and serves its routes: one {@link RouteServlet} per path prefix, registered
 * on the servlet whiteboard while any route lives under it, so a bundle that stops takes its pages with it. Only the
 * platform writes servlets.
 */
@Component(immediate = true, service = RouteWhiteboard.class)
public class RouteWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(RouteWhiteboard.class);

    private final BundleContext context;
    private final FreemarkerPageRenderer pages;
    private final CurrentUser currentUser;
    private final Map<String, RouteServlet> servlets = new HashMap<>();
    private final Map<String, ServiceRegistration<Servlet>> registrations = new HashMap<>();
    private final List<WebRoutes> pending = new ArrayList<>();
    private boolean active;

    @Activate
    public RouteWhiteboard(BundleContext context, @Reference FreemarkerPageRenderer pages, @Reference CurrentUser currentUser) {
        this.context = context;
        this.pages = pages;
        this.currentUser = currentUser;
        synchronized (this) {
            active = true;
            pending.forEach(this::add);
            pending.clear();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addRoutes(WebRoutes routes) {
        if (active) {
            add(routes);
        } else {
            pending.add(routes);
        }
    }

    synchronized void removeRoutes(WebRoutes routes) {
        pending.remove(routes);
        for (var it = servlets.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            long maxUpload = e.getValue().maxUploadBytes();
            e.getValue().removeOwnedBy(routes);
            if (e.getValue().isEmpty()) {
                unregister(e.getKey());
                it.remove();
            } else if (e.getValue().maxUploadBytes() != maxUpload && registrations.containsKey(e.getKey())) {
                registrations.get(e.getKey()).setProperties(properties(e.getKey(), e.getValue()));
            }
        }
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        new ArrayList<>(registrations.keySet()).forEach(this::unregister);
        servlets.clear();
    }

    /** The routes served now, for the architecture test and the shell ({@code METHOD pattern}). */
    synchronized List<String> describe() {
        List<String> out = new ArrayList<>();
        servlets.values().forEach(s -> s.routes().forEach(r -> out.add(r.method() + " " + r.pattern())));
        out.sort(null);
        return out;
    }

    private void add(WebRoutes service) {
        List<Route> declared = new ArrayList<>();
        try {
            service.define(new Collector(service, declared));
        } catch (RuntimeException e) {
            LOG.error("The routes of {} could not be declared and are not served: {}", service.getClass().getName(), e.getMessage(), e);
            return;
        }
        java.util.Set<String> touched = new java.util.LinkedHashSet<>();
        for (Route route : declared) {
            String prefix = route.pattern().prefix();
            touched.add(prefix);
            RouteServlet servlet = servlets.computeIfAbsent(prefix, p -> new RouteServlet(pages, currentUser));
            boolean clash = servlet.routes().stream().anyMatch(r -> r.method().equals(route.method())
                    && r.pattern().toString().equals(route.pattern().toString()));
            if (clash) {
                LOG.warn("{} {} is declared twice; {} keeps the first", route.method(), route.pattern(), service.getClass().getName());
                continue;
            }
            servlet.add(route);
            if (!registrations.containsKey(prefix)) {
                register(prefix, servlet);
            } else if (route.maxUploadBytes() > 0) {
                registrations.get(prefix).setProperties(properties(prefix, servlet));
            }
        }
        // routes open to anyone are declared to the security filter, each by its exact pattern (plv.web.public.path)
        for (String prefix : touched) {
            RouteServlet servlet = servlets.get(prefix);
            if (servlet != null && !publicPatterns(servlet).equals(publicPatterns.getOrDefault(prefix, List.of()))) {
                unregister(prefix);
                register(prefix, servlet);
            }
        }
    }

    /** The patterns of a servlet's GET routes that anyone may call. */
    private static List<String> publicPatterns(RouteServlet servlet) {
        return servlet.routes().stream().filter(r -> r.access().anonymous() && r.method().equals("GET"))
                .map(r -> r.pattern().toString()).sorted().toList();
    }

    private void register(String prefix, RouteServlet servlet) {
        publicPatterns.put(prefix, publicPatterns(servlet));
        registrations.put(prefix, context.registerService(Servlet.class, servlet, properties(prefix, servlet)));
    }

    /**
     * The servlet's whiteboard properties; with upload routes under the prefix, multipart is enabled with the largest
     * file they take, which is also what the security filter reads to bound the request before it is read.
     */
    private static Hashtable<String, Object> properties(String prefix, RouteServlet servlet) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN,
                prefix.isEmpty() ? new String[] { "" } : new String[] { prefix, prefix + "/*" });
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "plv.routes" + (prefix.isEmpty() ? "/" : prefix));
        long maxUpload = servlet.maxUploadBytes();
        if (maxUpload > 0) {
            props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_MULTIPART_ENABLED, Boolean.TRUE);
            props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_MULTIPART_MAXFILESIZE, maxUpload);
        }
        List<String> open = publicPatterns(servlet);
        if (!open.isEmpty()) {
            props.put(plv.platform.security.api.PublicPath.NAME, open.toArray(String[]::new));
        }
        return props;
    }

    /** The public patterns each prefix's servlet was registered with. */
    private final Map<String, List<String>> publicPatterns = new java.util.concurrent.ConcurrentHashMap<>();

    private void unregister(String prefix) {
        ServiceRegistration<Servlet> reg = registrations.remove(prefix);
        if (reg != null) {
            try {
                reg.unregister();
            } catch (IllegalStateException e) {
                // already gone with the framework
            }
        }
    }

    /** Collects what one service declares. */
    private static final class Collector implements Routes {
        private final Object owner;
        private final List<Route> out;

        Collector(Object owner, List<Route> out) {
            this.owner = owner;
            this.out = out;
        }

        private Routes add(String method, String pattern, Access access, Handler handler) {
            out.add(new Route(method, RoutePattern.parse(pattern), java.util.Objects.requireNonNull(access, "access"),
                    java.util.Objects.requireNonNull(handler, "handler"), null, owner));
            return this;
        }

        @Override
        public Routes get(String pattern, Access access, Handler handler) {
            return add("GET", pattern, access, handler);
        }

        @Override
        public Routes post(String pattern, Access access, Handler handler) {
            return add("POST", pattern, access, handler);
        }

        @Override
        public Routes upload(String pattern, Access access, long maxFileBytes, Handler handler) {
            if (maxFileBytes <= 0) {
                throw new IllegalArgumentException(pattern + ": an upload route needs its largest file size");
            }
            out.add(new Route("POST", RoutePattern.parse(pattern), java.util.Objects.requireNonNull(access, "access"),
                    java.util.Objects.requireNonNull(handler, "handler"), null, owner, maxFileBytes));
            return this;
        }

        @Override
        public <T extends Record> Routes upload(String pattern, Access access, long maxFileBytes, Class<T> type, FormPage form,
                FormAction<T> action) {
            if (maxFileBytes <= 0) {
                throw new IllegalArgumentException(pattern + ": an upload route needs its largest file size");
            }
            out.add(new Route("POST", RoutePattern.parse(pattern), java.util.Objects.requireNonNull(access, "access"), null,
                    new Route.FormRoute<>(type, form, action), owner, maxFileBytes));
            return this;
        }

        @Override
        public Routes put(String pattern, Access access, Handler handler) {
            return add("PUT", pattern, access, handler);
        }

        @Override
        public Routes delete(String pattern, Access access, Handler handler) {
            return add("DELETE", pattern, access, handler);
        }

        @Override
        public <T extends Record> Routes form(String pattern, Access access, Class<T> type, FormPage form, FormAction<T> action) {
            out.add(new Route("POST", RoutePattern.parse(pattern), java.util.Objects.requireNonNull(access, "access"), null,
                    new Route.FormRoute<>(type, form, action), owner));
            return this;
        }
    }
}
