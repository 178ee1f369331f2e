package floor.rest;

import java.io.IOException;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The servlet-whiteboard adapter of the JAX-RS whiteboard starts only when configured (PID
 * JakartarsServletWhiteboardRuntimeComponent); its own org.eclipse.osgitech.rest.config bundle would need the OSGi
 * Configurator as well, so this gives it the default configuration (the default application at "/") directly.
 */
@Component(immediate = true)
public class WhiteboardConfiguration {

    @Activate
    public WhiteboardConfiguration(@Reference ConfigurationAdmin configurationAdmin) throws IOException {
        Configuration configuration = configurationAdmin.getConfiguration("JakartarsServletWhiteboardRuntimeComponent", "?");
        if (configuration.getProperties() == null) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("jersey.context.path", "/");
            configuration.update(properties);
        }
    }
}
