package plv.programme.sch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.RiskLog;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.programme.sch.internal.Kinds.Judgement;

/**
 * Inspections of the home: the judgement on each SCCIF area and overall, and the actions that follow with owners and
 * due dates (on the deadlines page until done). A judgement below good, on any area or overall, flags the programme's
 * inspection risk (setting {@code inspectionRisk}) for review in its risk log. Every signed-in user may read them (they
 * are about the home, not a child, and Ofsted publishes its reports); commissioning officers and the secretary record
 * them.
 */
@Component(service = SchInspections.class)
public class SchInspections {

    /** An action following an inspection. */
    public record Action(long id, String description, String owner, LocalDate dueOn, LocalDate doneOn, String doneBy) {
    }

    /** An inspection as its readers see it. */
    public record Inspection(long id, LocalDate inspectedOn, String inspectorate, Judgement experiences, Judgement protection,
            Judgement leadership, Judgement overall, String reportReference, String recordedBy, String riskNote, List<Action> actions) {

        /** True when any judgement, an area's or the overall one, is below good. */
        public boolean belowGood() {
            return experiences.belowGood() || protection.belowGood() || leadership.belowGood() || overall.belowGood();
        }

        /** The judgements in the report's order, labelled with the SCCIF areas. */
        public Map<String, Judgement> judgements() {
            Map<String, Judgement> m = new LinkedHashMap<>();
            m.put(AREAS.get(0), experiences);
            m.put(AREAS.get(1), protection);
            m.put(AREAS.get(2), leadership);
            m.put(AREAS.get(3), overall);
            return m;
        }
    }

    /** The areas Ofsted judges a children's home on (SCCIF), and overall effectiveness. */
    static final List<String> AREAS = List.of("Overall experiences and progress of children and young people",
            "How well children and young people are helped and protected", "The effectiveness of leaders and managers",
            "Overall effectiveness");

    /** What the form or the API gives for an action. */
    public record ActionInput(String description, String owner, LocalDate dueOn) {
    }

    /** What the form or the API gives for an inspection. */
    public record InspectionInput(LocalDate inspectedOn, String inspectorate, Judgement experiences, Judgement protection,
            Judgement leadership, Judgement overall, String reportReference, List<ActionInput> actions) {
    }

    private final SchHome home;
    private final RiskLog risks;

    @Activate
    public SchInspections(@Reference SchHome home, @Reference RiskLog risks) {
        this.home = home;
        this.risks = risks;
    }

    List<Inspection> inspections(Actor actor) {
        return home.store().read(em -> {
            Map<Long, List<Action>> actions = em.createQuery("SELECT a FROM InspectionActionEntity a ORDER BY a.inspectionId, a.position",
                    InspectionActionEntity.class).getResultList().stream().collect(Collectors.groupingBy(a -> a.inspectionId,
                            LinkedHashMap::new, Collectors.mapping(SchInspections::view, Collectors.toList())));
            return em.createQuery("SELECT i FROM InspectionEntity i ORDER BY i.inspectedOn DESC, i.id DESC", InspectionEntity.class)
                    .getResultList().stream().map(i -> view(i, actions.getOrDefault(i.id, List.of()))).toList();
        });
    }

    Inspection inspection(Actor actor, long id) {
        return inspections(actor).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no inspection " + id + "."));
    }

    /**
     * Records an inspection and its actions; when a judgement is below good, flags the inspection risk for review. A
     * risk log without that risk does not stop the record: the inspection says so ({@code riskNote}).
     */
    Inspection record(Actor actor, InspectionInput in) {
        SchHome.requireKeeperOf(actor, "inspections");
        List<FieldError> errors = new ArrayList<>();
        if (in.inspectedOn() == null) {
            errors.add(new FieldError("inspectedOn", "Inspected on: enter the last day of the inspection, e.g. 2026-09-17."));
        } else if (in.inspectedOn().isAfter(home.today())) {
            errors.add(new FieldError("inspectedOn", "Inspected on " + in.inspectedOn() + " is in the future; record an inspection once it has happened."));
        }
        String inspectorate = in.inspectorate() == null || in.inspectorate().isBlank() ? "Ofsted" : in.inspectorate().strip();
        if (inspectorate.length() > 100) {
            errors.add(new FieldError("inspectorate", "Inspectorate: shorten it to 100 characters or fewer, e.g. Ofsted."));
        }
        judgement(errors, "experiences", in.experiences());
        judgement(errors, "protection", in.protection());
        judgement(errors, "leadership", in.leadership());
        judgement(errors, "overall", in.overall());
        String report = in.reportReference() == null ? "" : in.reportReference().strip();
        if (report.length() > 100) {
            errors.add(new FieldError("reportReference", "Report reference: shorten it to 100 characters or fewer, e.g. the URN SC123456."));
        }
        List<ActionInput> actions = new ArrayList<>();
        List<ActionInput> given = in.actions() == null ? List.of() : in.actions();
        for (int i = 0; i < given.size(); i++) {
            ActionInput a = given.get(i);
            String d = a.description() == null ? "" : a.description().strip();
            String o = a.owner() == null ? "" : a.owner().strip();
            if (d.isEmpty() && o.isEmpty() && a.dueOn() == null) {
                continue; // an empty row of the form
            }
            String n = " (" + (i + 1) + ")";
            if (d.isEmpty() || d.length() > 1000) {
                errors.add(new FieldError("description-" + i, "Action" + n + ": say what must be done (up to 1000 characters)."));
            }
            if (o.isEmpty() || o.length() > 200) {
                errors.add(new FieldError("owner-" + i, "Owner" + n + ": name who owns the action (a post, e.g. Registered manager)."));
            }
            if (a.dueOn() == null) {
                errors.add(new FieldError("dueOn-" + i, "Due on" + n + ": enter the date the action is due, e.g. 2026-12-31."));
            }
            List<String> warnings = IdentityCheck.warnings("Action" + n, d);
            if (!warnings.isEmpty()) {
                errors.add(new FieldError("description-" + i, String.join(" ", warnings)));
            }
            actions.add(new ActionInput(d, o, a.dueOn()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = home.store().write(actor, (em, audit) -> {
            InspectionEntity e = new InspectionEntity();
            e.inspectedOn = in.inspectedOn();
            e.inspectorate = inspectorate;
            e.experiences = in.experiences().name();
            e.protection = in.protection().name();
            e.leadership = in.leadership().name();
            e.overall = in.overall().name();
            e.reportReference = report.isEmpty() ? null : report;
            e.recordedBy = actor.username();
            em.persist(e);
            em.flush();
            int position = 1;
            for (ActionInput a : actions) {
                InspectionActionEntity ae = new InspectionActionEntity();
                ae.inspectionId = e.id;
                ae.position = position++;
                ae.description = a.description();
                ae.owner = a.owner();
                ae.dueOn = a.dueOn();
                em.persist(ae);
            }
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("inspectedOn", FieldChange.of(null, e.inspectedOn));
            changes.put("overall", FieldChange.of(null, e.overall));
            changes.put("judgements", FieldChange.of(null, e.experiences + "/" + e.protection + "/" + e.leadership));
            changes.put("actions", FieldChange.of(null, actions.size()));
            audit.record("inspect", "sch-inspection", e.id, changes);
            return e.id;
        });
        Inspection made = inspection(actor, id);
        if (made.belowGood()) {
            String note = flagRisk(actor, made);
            home.store().write(actor, (em, audit) -> {
                InspectionEntity e = em.find(InspectionEntity.class, id);
                e.riskNote = note;
                audit.record("flag-risk", "sch-inspection", id, Map.of("riskNote", FieldChange.of(null, note)));
                return null;
            });
            made = inspection(actor, id);
        }
        return made;
    }

    private String flagRisk(Actor actor, Inspection i) {
        String ref = home.settings().inspectionRisk();
        String reason = "Inspection of " + i.inspectedOn() + " by " + i.inspectorate() + " judged "
                + i.judgements().entrySet().stream().filter(j -> j.getValue().belowGood())
                        .map(j -> j.getKey().toLowerCase(java.util.Locale.UK) + " " + j.getValue().label().toLowerCase(java.util.Locale.UK))
                        .collect(Collectors.joining(", "));
        try {
            risks.flagForReview(actor, SecureChildrensHome.ID, ref, reason.length() > 500 ? reason.substring(0, 500) : reason);
            return "Risk " + ref + " flagged for review: " + reason + ".";
        } catch (NotFoundException | AccessDeniedException | ValidationException e) {
            return "Risk " + ref + " could not be flagged (" + e.getMessage() + "); review the inspection risk by hand.";
        }
    }

    /** Marks an action done today. */
    Inspection done(Actor actor, long inspectionId, long actionId) {
        SchHome.requireKeeperOf(actor, "inspection actions");
        home.store().write(actor, (em, audit) -> {
            InspectionActionEntity a = em.find(InspectionActionEntity.class, actionId);
            if (a == null || a.inspectionId != inspectionId) {
                throw new NotFoundException("There is no action " + actionId + " of inspection " + inspectionId + ".");
            }
            if (a.doneOn != null) {
                throw new ValidationException("action", "The action '" + SchHome.abbreviate(a.description) + "' was done on " + a.doneOn + ".");
            }
            a.doneOn = home.today();
            a.doneBy = actor.username();
            audit.record("done", "sch-inspection-action", a.id, Map.of("doneOn", FieldChange.of(null, a.doneOn)));
            return null;
        });
        return inspection(actor, inspectionId);
    }

    /** The actions not yet done, with their inspection's date, for the deadlines page. */
    List<Map.Entry<Inspection, Action>> openActions(Actor actor) {
        List<Map.Entry<Inspection, Action>> out = new ArrayList<>();
        for (Inspection i : inspections(actor)) {
            i.actions().stream().filter(a -> a.doneOn() == null).forEach(a -> out.add(Map.entry(i, a)));
        }
        return out;
    }

    private static void judgement(List<FieldError> errors, String field, Judgement j) {
        if (j == null) {
            errors.add(new FieldError(field, "Judgement: choose outstanding, good, requires improvement to be good or inadequate."));
        }
    }

    private static Action view(InspectionActionEntity a) {
        return new Action(a.id, a.description, a.owner, a.dueOn, a.doneOn, a.doneBy);
    }

    private static Inspection view(InspectionEntity e, List<Action> actions) {
        return new Inspection(e.id, e.inspectedOn, e.inspectorate, Judgement.valueOf(e.experiences), Judgement.valueOf(e.protection),
                Judgement.valueOf(e.leadership), Judgement.valueOf(e.overall), e.reportReference, e.recordedBy, e.riskNote, actions);
    }
}
