package plv.platform.api.web;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Whiteboard service: a bundle's contribution to the navigation. */
@ConsumerType
public interface NavigationProvider {

    List<NavigationEntry> entries();
}
