package plv.platform.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;

/**
 * The dashboard's one deadlines panel: overdue obligations and the next 90 days from every area the user may see,
 * the first {@value #SHOWN} of them, with a link to the deadlines page for the rest.
 */
@Component(service = DashboardPanel.class)
public class DeadlinesPanel implements DashboardPanel {

    static final int DAYS = 90;
    static final int SHOWN = 15;
    private final DeadlineWhiteboard whiteboard;

    private final plv.platform.api.time.PlvClock clock;

    @Activate
    public DeadlinesPanel(@Reference DeadlineWhiteboard whiteboard, @Reference plv.platform.api.time.PlvClock clock) {
        this.clock = clock;
        this.whiteboard = whiteboard;
    }

    @Override
    public String title() {
        return "Deadlines in the next 90 days";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<PanelItem> items(Actor actor) {
        LocalDate today = clock.today();
        DeadlineWhiteboard.Gathered all = whiteboard.gather(actor, today, today, today.plusDays(DAYS));
        return items(all, today);
    }

    static List<PanelItem> items(DeadlineWhiteboard.Gathered all, LocalDate today) {
        List<PanelItem> out = new ArrayList<>();
        for (Deadline d : all.deadlines().subList(0, Math.min(SHOWN, all.deadlines().size()))) {
            out.add(new PanelItem(d.area() + ": " + d.title(), d.path(), d.date(), DeadlineWhiteboard.urgency(d, today)));
        }
        if (all.deadlines().size() > SHOWN) {
            out.add(new PanelItem((all.deadlines().size() - SHOWN) + " more on the deadlines page", "/deadlines", null, Urgency.INFO));
        }
        for (String reference : all.failed()) {
            out.add(new PanelItem("Some deadlines could not be gathered (reference " + reference + "); the others are shown.",
                    null, null, Urgency.INFO));
        }
        return out;
    }
}
