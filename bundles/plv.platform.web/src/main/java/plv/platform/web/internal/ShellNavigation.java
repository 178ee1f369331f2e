package plv.platform.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.platform.api.Actor;
import plv.platform.api.web.NavigationEntry;
import plv.platform.api.web.NavigationProvider;

/**
 * The navigation, gathered from every {@link NavigationProvider} service that is there now: a bundle that stops takes
 * its entries with it at once.
 */
@Component(service = ShellNavigation.class)
public class ShellNavigation {

    /** A section of the navigation as the layout shows it. */
    public record Section(String name, List<Link> entries) {
    }

    /** One link, marked when it is the page being shown. */
    public record Link(String title, String path, boolean current) {
    }

    private final Map<ServiceReference<NavigationProvider>, NavigationProvider> providers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(ServiceReference<NavigationProvider> ref, NavigationProvider provider) {
        providers.put(ref, provider);
    }

    void removeProvider(ServiceReference<NavigationProvider> ref) {
        providers.remove(ref);
    }

    /** The sections the actor sees, in the order of their first entry, each ordered by entry order then title. */
    public List<Section> sections(Actor actor, String currentPath) {
        List<NavigationEntry> visible = new ArrayList<>();
        providers.values().forEach(p -> p.entries().stream().filter(e -> e.visibleTo(actor)).forEach(visible::add));
        visible.sort(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::title));
        Map<String, List<Link>> bySection = new LinkedHashMap<>();
        for (NavigationEntry e : visible) {
            boolean current = currentPath != null && (currentPath.equals(e.path()) || currentPath.startsWith(e.path() + "/"));
            bySection.computeIfAbsent(e.section(), s -> new ArrayList<>()).add(new Link(e.title(), e.path(), current));
        }
        return bySection.entrySet().stream().map(s -> new Section(s.getKey(), s.getValue())).toList();
    }

    /** Which bundle contributes which entries (for the secretary's bundles page). */
    public Map<Long, List<NavigationEntry>> byBundle() {
        Map<Long, List<NavigationEntry>> out = new LinkedHashMap<>();
        providers.forEach((ref, p) -> out.computeIfAbsent(ref.getBundle() == null ? -1L : ref.getBundle().getBundleId(),
                id -> new ArrayList<>()).addAll(p.entries()));
        return out;
    }
}
