package plv.platform.api.web;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import plv.platform.api.Actor;

/** Whiteboard service: a panel on the home dashboard. */
@ConsumerType
public interface DashboardPanel {

    String title();

    /** Position on the dashboard, lowest first. */
    default int order() {
        return 100;
    }

    /** Whether the actor sees this panel at all. */
    default boolean visibleTo(Actor actor) {
        return true;
    }

    /** The panel's lines for this actor (already filtered to what they may see). */
    List<PanelItem> items(Actor actor);
}
