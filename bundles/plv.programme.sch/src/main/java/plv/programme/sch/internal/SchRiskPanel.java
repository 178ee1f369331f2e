package plv.programme.sch.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.web.DashboardPanel;
import plv.platform.api.web.PanelItem;
import plv.platform.api.web.Urgency;

/** Dashboard: the Secure Children's Home risks scoring above their category's appetite. */
@Component
public class SchRiskPanel implements DashboardPanel {

    private final SchRegisters registers;

    @Activate
    public SchRiskPanel(@Reference SchRegisters registers) {
        this.registers = registers;
    }

    @Override
    public String title() {
        return "Secure Children's Home: risks above appetite";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.hasAnyRole(Role.SECRETARY, Role.DIRECTOR, Role.COMMISSIONING_OFFICER);
    }

    @Override
    public List<PanelItem> items(Actor actor) {
        return registers.risks().stream().filter(Risk::aboveAppetite)
                .map(r -> new PanelItem(r.reference() + " " + r.title() + " (score " + r.current().value() + ", " + r.current().rating() + ")",
                        SecureChildrensHome.PATH + "/risks#" + r.reference(), r.nextReview(),
                        Urgency.ofDaysLeft(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(), r.nextReview()))))
                .toList();
    }
}
