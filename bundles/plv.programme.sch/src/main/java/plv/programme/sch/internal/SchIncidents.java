package plv.programme.sch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.programme.sch.internal.NotifiableEvents.Body;
import plv.programme.sch.internal.NotifiableEvents.Category;

/**
 * Notifiable incidents (reg 40): category, day, the bodies told and when, the outcome. No identifying data: the summary
 * and the outcome are checked like a referral's notes (a name, a date of birth or an address is refused unless the
 * officer confirms the text identifies nobody). Commissioning officers and the company secretary read and record
 * them; the board sees counts by category in the quarterly report.
 */
@Component(service = SchIncidents.class)
public class SchIncidents {

    /** A body told, and when. */
    public record Notice(Body body, LocalDate notifiedOn) {
    }

    /** An incident as its readers see it, with the bodies its paragraph names that are not yet recorded as told. */
    public record Incident(long id, LocalDate occurredOn, Category category, String summary, String outcome, LocalDate outcomeOn,
            String recordedBy, List<Notice> notices, Set<Body> notYetTold) {
    }

    /** What the form or API gives. */
    public record IncidentInput(LocalDate occurredOn, Category category, String summary, boolean confirmText) {
    }

    private final SchHome home;

    @Activate
    public SchIncidents(@Reference SchHome home) {
        this.home = home;
    }

    List<Incident> incidents(Actor actor) {
        SchHome.requireKeeperOf(actor, "and read notifiable incidents (the board sees their counts in the quarterly report)");
        return all();
    }

    /** Every incident, for the quarterly report's counts (no text leaves this class for it). */
    List<Incident> all() {
        return home.store().read(em -> {
            Map<Long, List<Notice>> notices = em.createQuery("SELECT n FROM IncidentNoticeEntity n ORDER BY n.notifiedOn, n.id",
                    IncidentNoticeEntity.class).getResultList().stream().collect(Collectors.groupingBy(n -> n.incidentId,
                            LinkedHashMap::new, Collectors.mapping(n -> new Notice(Body.valueOf(n.body), n.notifiedOn), Collectors.toList())));
            return em.createQuery("SELECT i FROM IncidentEntity i ORDER BY i.occurredOn DESC, i.id DESC", IncidentEntity.class)
                    .getResultList().stream().map(i -> view(i, notices.getOrDefault(i.id, List.of()))).toList();
        });
    }

    Incident incident(Actor actor, long id) {
        return incidents(actor).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no incident " + id + "."));
    }

    Incident record(Actor actor, IncidentInput in) {
        SchHome.requireKeeperOf(actor, "notifiable incidents");
        List<FieldError> errors = new ArrayList<>();
        if (in.occurredOn() == null) {
            errors.add(new FieldError("occurredOn", "Occurred on: enter the day of the incident, e.g. 2026-11-03."));
        } else if (in.occurredOn().isAfter(home.today())) {
            errors.add(new FieldError("occurredOn", "Occurred on " + in.occurredOn() + " is in the future."));
        }
        if (in.category() == null) {
            errors.add(new FieldError("category", "Category: choose the reg 40 category of the incident."));
        }
        String summary = text(errors, "summary", "Summary", in.summary(), true, in.confirmText());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = home.store().write(actor, (em, audit) -> {
            IncidentEntity e = new IncidentEntity();
            e.occurredOn = in.occurredOn();
            e.category = in.category().name();
            e.summary = summary;
            e.recordedBy = actor.username();
            em.persist(e);
            em.flush();
            audit.record("record", "sch-incident", e.id, Map.of("occurredOn", FieldChange.of(null, e.occurredOn),
                    "category", FieldChange.of(null, e.category)));
            return e.id;
        });
        return incident(actor, id);
    }

    /** Records that {@code body} was told on {@code on}. */
    Incident notified(Actor actor, long id, Body body, LocalDate on) {
        SchHome.requireKeeperOf(actor, "notifiable incidents");
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            errors.add(new FieldError("body", "Body: choose who was told."));
        }
        if (on == null) {
            errors.add(new FieldError("notifiedOn", "Notified on: enter the day they were told, e.g. 2026-11-03."));
        } else if (on.isAfter(home.today())) {
            errors.add(new FieldError("notifiedOn", "Notified on " + on + " is in the future."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        home.store().write(actor, (em, audit) -> {
            IncidentEntity e = found(em, id);
            if (on.isBefore(e.occurredOn)) {
                throw new ValidationException("notifiedOn", "Notified on " + on + " is before the incident (" + e.occurredOn + ").");
            }
            IncidentNoticeEntity n = new IncidentNoticeEntity();
            n.incidentId = id;
            n.body = body.name();
            n.notifiedOn = on;
            em.persist(n);
            audit.record("notify", "sch-incident", id, Map.of("body", FieldChange.of(null, n.body), "notifiedOn", FieldChange.of(null, on)));
            return null;
        });
        return incident(actor, id);
    }

    /** Records the outcome (checked for identifying detail like the summary). */
    Incident outcome(Actor actor, long id, String outcome, boolean confirmText) {
        SchHome.requireKeeperOf(actor, "notifiable incidents");
        List<FieldError> errors = new ArrayList<>();
        String text = text(errors, "outcome", "Outcome", outcome, true, confirmText);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        home.store().write(actor, (em, audit) -> {
            IncidentEntity e = found(em, id);
            String before = e.outcome;
            e.outcome = text;
            e.outcomeOn = home.today();
            audit.record("outcome", "sch-incident", id, Map.of("outcome", FieldChange.of(before, text)));
            return null;
        });
        return incident(actor, id);
    }

    private static IncidentEntity found(jakarta.persistence.EntityManager em, long id) {
        IncidentEntity e = em.find(IncidentEntity.class, id);
        if (e == null) {
            throw new NotFoundException("There is no incident " + id + ".");
        }
        return e;
    }

    /** Free text: required, at most 2000 characters, and no name, date of birth or address unless confirmed. */
    private static String text(List<FieldError> errors, String field, String label, String value, boolean required, boolean confirmed) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() && required) {
            errors.add(new FieldError(field, label + ": say what happened in general terms, without naming or describing anyone."));
        } else if (t.length() > 2000) {
            errors.add(new FieldError(field, label + " is " + t.length() + " characters long; shorten it to 2000 or fewer."));
        } else if (!confirmed) {
            List<String> warnings = IdentityCheck.warnings(label, t);
            if (!warnings.isEmpty()) {
                errors.add(new FieldError(field, String.join(" ", warnings)
                        + " If the text identifies nobody, tick 'This text identifies nobody' and save again."));
            }
        }
        return t;
    }

    private static Incident view(IncidentEntity e, List<Notice> notices) {
        Category c = Category.valueOf(e.category);
        Set<Body> missing = new TreeSet<>(c.required());
        notices.forEach(n -> missing.remove(n.body()));
        return new Incident(e.id, e.occurredOn, c, e.summary, e.outcome, e.outcomeOn, e.recordedBy, notices, missing);
    }
}
