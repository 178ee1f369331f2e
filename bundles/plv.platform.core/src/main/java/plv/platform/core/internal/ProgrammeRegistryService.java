package plv.platform.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;

/** Tracks every {@link Programme} service as it comes and goes (whiteboard). */
@Component(service = ProgrammeRegistry.class)
public class ProgrammeRegistryService implements ProgrammeRegistry {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Programme> programmes;

    @Override
    public List<Programme> programmes() {
        return programmes.stream().sorted(Comparator.comparing(p -> p.descriptor().name())).toList();
    }

    @Override
    public Optional<Programme> programme(String id) {
        return programmes.stream().filter(p -> p.descriptor().id().equals(id)).findFirst();
    }
}
