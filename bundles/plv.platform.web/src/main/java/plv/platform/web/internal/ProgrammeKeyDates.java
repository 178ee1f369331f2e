package plv.platform.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.KeyDate;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;

/**
 * Every programme's key dates on the deadlines page, the dashboard panel and the calendar feed, for the programmes'
 * staff; read from the registry each time, so a programme's dates go with its bundle.
 */
@Component
public class ProgrammeKeyDates implements DeadlineSource {

    private final ProgrammeRegistry registry;

    @Activate
    public ProgrammeKeyDates(@Reference ProgrammeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate until) {
        if (!actor.in(RoleGroup.REGISTER_READERS)) {
            return List.of();
        }
        List<Deadline> out = new ArrayList<>();
        for (Programme p : registry.programmes()) {
            String id = p.descriptor().id();
            for (KeyDate k : p.keyDates()) {
                if (!k.date().isBefore(from) && !k.date().isAfter(until)) {
                    out.add(new Deadline(k.date(), p.descriptor().name(), k.kind(), k.title(), p.path() == null ? "/programmes" : p.path(), uid(k, id), null, false));
                }
            }
        }
        return out;
    }

    /** Stable while the date and kind stay the same: {@code 2027-04-01-contract-review@<programme>.programmes.plv.london}. */
    static String uid(KeyDate k, String programmeId) {
        String kind = k.kind().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return k.date() + "-" + kind + "@" + programmeId + ".programmes.plv.london";
    }
}
