package plv.commissioning.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The registers' own stylesheet under {@code /static/commissioning/} (the heat map's colours, escalated rows). */
@Component(service = CommissioningStyles.class)
@HttpWhiteboardResource(pattern = "/static/commissioning/*", prefix = "/static/commissioning")
public class CommissioningStyles {
}
