package plv.platform.jpa.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/** Loads from the owning bundle first (its entities) and then from this bundle (EclipseLink and JPA). */
final class OwnerAndProviderClassLoader extends ClassLoader {

    private final ClassLoader owner;
    private final ClassLoader provider;

    OwnerAndProviderClassLoader(ClassLoader owner, ClassLoader provider) {
        super(null);
        this.owner = owner;
        this.provider = provider;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return owner.loadClass(name);
        } catch (ClassNotFoundException e) {
            return provider.loadClass(name);
        }
    }

    @Override
    protected URL findResource(String name) {
        URL url = owner.getResource(name);
        return url != null ? url : provider.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> all = new LinkedHashSet<>(Collections.list(owner.getResources(name)));
        all.addAll(Collections.list(provider.getResources(name)));
        return Collections.enumeration(all);
    }
}
