package plv.decisions.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The decisions pages' own stylesheet under {@code /static/decisions/} (the review page's two columns, the tile map). */
@Component(service = DecisionStyles.class)
@HttpWhiteboardResource(pattern = "/static/decisions/*", prefix = "/static/decisions")
public class DecisionStyles {
}
