package plv.platform.web.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import plv.platform.api.Actor;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;
import plv.platform.api.web.Urgency;

/**
 * Every {@link DeadlineSource} that is registered now, merged into one list: overdue obligations first, then by date,
 * area and title. A bundle that stops takes its deadlines with it; a source that fails is logged with a reference and
 * left out, so one broken area never hides the others' deadlines.
 */
@Component(service = DeadlineWhiteboard.class)
public class DeadlineWhiteboard {

    /** The deadlines gathered for one actor, and the error references of sources that failed. */
    public record Gathered(List<Deadline> deadlines, List<String> failed) {
    }

    static final ZoneId LONDON = plv.platform.api.time.PlvClock.LONDON;
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWhiteboard.class);

    private final List<DeadlineSource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(DeadlineSource source) {
        sources.add(source);
    }

    void removeSource(DeadlineSource source) {
        sources.remove(source);
    }

    /** Today in London, where every deadline falls. */

    /** What every source answers {@code actor} for the window, merged (see {@link #merge}). */
    Gathered gather(Actor actor, LocalDate today, LocalDate from, LocalDate until) {
        List<List<Deadline>> answers = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (DeadlineSource source : sources) {
            try {
                answers.add(source.deadlines(actor, from, until));
            } catch (RuntimeException e) {
                String reference = ErrorReference.next();
                LOG.error("Deadline source {} failed for {}, reference {}", source.getClass().getName(), actor.username(), reference, e);
                failed.add(reference);
            }
        }
        return new Gathered(merge(answers, today, from, until), failed);
    }

    /**
     * Keeps what falls in the window and the outstanding overdue obligations, drops repeats of a uid, and sorts:
     * overdue first, then by date, area and title.
     */
    static List<Deadline> merge(Collection<List<Deadline>> answers, LocalDate today, LocalDate from, LocalDate until) {
        Map<String, Deadline> byUid = new LinkedHashMap<>();
        answers.stream().flatMap(List::stream)
                .filter(d -> d.overdueOn(today) || !d.date().isBefore(from) && !d.date().isAfter(until))
                .forEach(d -> byUid.putIfAbsent(d.uid(), d));
        return byUid.values().stream().sorted(Comparator.comparing((Deadline d) -> !d.overdueOn(today))
                .thenComparing(Deadline::date).thenComparing(Deadline::area).thenComparing(Deadline::title)).toList();
    }

    /** How soon it needs attention: overdue once an obligation's date has passed; a date that simply passed is info. */
    static Urgency urgency(Deadline d, LocalDate today) {
        if (d.overdueOn(today)) {
            return Urgency.OVERDUE;
        }
        long left = ChronoUnit.DAYS.between(today, d.date());
        return left < 0 ? Urgency.INFO : Urgency.ofDaysLeft(left);
    }
}
