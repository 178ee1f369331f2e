package plv.procurement.core.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.FieldError;
import plv.platform.api.NotFoundException;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.procurement.api.Admission;
import plv.procurement.api.AdmissionStatus;
import plv.procurement.api.Arrangement;
import plv.procurement.api.CallOff;
import plv.procurement.api.ProcurementModel;
import plv.procurement.api.Procurements;

/**
 * {@code /procurement/{programme}}: a programme's frameworks, dynamic purchasing systems and block contracts, with the
 * providers' applications, the call-offs, their bids and scores, the award and the standstill end date;
 * {@code /api/procurement/{programme}} the same as JSON. Commissioning officers and the company secretary keep them
 * with one form per step: set up an arrangement, record an application, decide it (stage 1), open a call-off, record
 * a bid, award (stage 2).
 */
@Component(service = WebRoutes.class)
public class ProcurementPages implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    private static final Access KEEPERS = Access.of(RoleGroup.REGISTER_KEEPERS);
    private static final String BASE = "/procurement/{programme}";
    private static final String ARRANGEMENT = BASE + "/arrangements/{arrangement}";

    /** Sets up an arrangement; criteria one per line. */
    public record ArrangementForm(@Required @MaxLength(40) @Label("Reference") String reference,
            @Required @MaxLength(200) @Label("Title") String title, @Required @Label("Model") String model,
            @Required @Label("Opens on") LocalDate opensOn, @Label("Closes on") LocalDate closesOn,
            @Label("Admission criteria") List<String> criteria) {
    }

    /** A provider's application to join. */
    public record ApplicationForm(@Required @MaxLength(200) @Label("Provider name") String providerName,
            @MaxLength(40) @Label("Registration number") String registrationNumber, @Required @Label("Applied on") LocalDate appliedOn) {
    }

    /** Stage 1: the criteria the provider meets, by number. */
    public record DecisionForm(@Label("Criteria met") List<String> criteriaMet, @Required @Label("Decided on") LocalDate decidedOn) {
    }

    /** Stage 2: a requirement put to every provider admitted by the day of the invitation. */
    public record CallOffForm(@Required @MaxLength(40) @Label("Reference") String reference,
            @Required @MaxLength(500) @Label("Requirement") String requirement, @Required @Label("Invited on") LocalDate invitedOn,
            @Required @Label("Bids close on") LocalDate bidsCloseOn) {
    }

    /** An invited provider's bid. */
    public record BidForm(@Required @Label("Provider") String providerName, @Required @Label("Price (£)") String pricePounds,
            @Required @Label("Quality score") String qualityScore) {
    }

    /** The award, from the day the contract award notice is published. */
    public record AwardForm(@Required @Label("Provider") String providerName, @Required @Label("Award notice published on") LocalDate awardNoticeOn) {
    }

    private final Procurements procurements;
    private final ProgrammeRegistry registry;

    @Activate
    public ProcurementPages(@Reference Procurements procurements, @Reference ProgrammeRegistry registry) {
        this.procurements = procurements;
        this.registry = registry;
    }

    @Override
    public void define(Routes routes) {
        routes.get(BASE, READERS, this::page)
                .get("/api/procurement/{programme}", READERS, r -> Reply.json(arrangements(r)))
                .get(BASE + "/arrangements/new", KEEPERS, r -> newArrangement(r, FormState.empty()))
                .form(BASE + "/arrangements/new", KEEPERS, ArrangementForm.class, this::newArrangement, this::create)
                .get(ARRANGEMENT + "/applications/new", KEEPERS, r -> newApplication(r, FormState.empty()))
                .form(ARRANGEMENT + "/applications/new", KEEPERS, ApplicationForm.class, this::newApplication, this::apply)
                .get(ARRANGEMENT + "/applications/{admission}", KEEPERS, r -> decision(r, FormState.empty()))
                .form(ARRANGEMENT + "/applications/{admission}", KEEPERS, DecisionForm.class, this::decision, this::decide)
                .get(ARRANGEMENT + "/call-offs/new", KEEPERS, r -> newCallOff(r, FormState.empty()))
                .form(ARRANGEMENT + "/call-offs/new", KEEPERS, CallOffForm.class, this::newCallOff, this::openCallOff)
                .get(ARRANGEMENT + "/call-offs/{callOff}/bids", KEEPERS, r -> bidPage(r, FormState.empty()))
                .form(ARRANGEMENT + "/call-offs/{callOff}/bids", KEEPERS, BidForm.class, this::bidPage, this::bid)
                .get(ARRANGEMENT + "/call-offs/{callOff}/award", KEEPERS, r -> awardPage(r, FormState.empty()))
                .form(ARRANGEMENT + "/call-offs/{callOff}/award", KEEPERS, AwardForm.class, this::awardPage, this::award);
    }

    private Programme programme(RouteRequest r) {
        String id = r.path("programme");
        return registry.programme(id).orElseThrow(() -> new NotFoundException("No programme with id '" + id + "' is installed."));
    }

    private List<Arrangement> arrangements(RouteRequest r) {
        return procurements.arrangements(r.requireActor(), programme(r).descriptor().id());
    }

    /** The arrangement named by the path, refused as not found when it belongs to another programme. */
    private Arrangement arrangement(RouteRequest r) {
        String programmeId = programme(r).descriptor().id();
        Arrangement a = procurements.arrangement(r.requireActor(), r.pathLong("arrangement"));
        if (!a.programmeId().equals(programmeId)) {
            throw new NotFoundException("The programme " + programmeId + " has no arrangement " + r.path("arrangement") + ".");
        }
        return a;
    }

    private static Admission admission(Arrangement a, long id) {
        return a.admissions().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(a.reference() + " has no application " + id + "."));
    }

    private static CallOff callOff(Arrangement a, long id) {
        return a.callOffs().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(a.reference() + " has no call-off " + id + "."));
    }

    private String base(RouteRequest r) {
        return "/procurement/" + programme(r).descriptor().id();
    }

    private Reply page(RouteRequest r) {
        List<Arrangement> list = arrangements(r);
        Map<String, Object> model = model(r);
        model.put("arrangements", list);
        model.put("mayEdit", r.requireActor().in(RoleGroup.REGISTER_KEEPERS));
        return Reply.page(getClass(), "procurement/arrangements.ftlh", programme(r).descriptor().name() + ": procurement", model);
    }

    private Map<String, Object> model(RouteRequest r) {
        Programme programme = programme(r);
        Map<String, Object> model = new HashMap<>();
        model.put("programme", programme.descriptor().name());
        model.put("programmePath", programme.path() == null ? "/programmes" : programme.path());
        model.put("base", base(r));
        return model;
    }

    private Reply.Page form(RouteRequest r, FormState state, String kind, String title, Arrangement a, Map<String, Object> extra) {
        Map<String, Object> model = model(r);
        model.put("kind", kind);
        if (a != null) {
            model.put("arrangement", a);
            model.put("action", base(r) + "/arrangements/" + a.id());
        }
        model.putAll(extra);
        return Reply.page(getClass(), "procurement/form.ftlh", programme(r).descriptor().name() + ": " + title, model).withForm(state);
    }

    private Reply.Page newArrangement(RouteRequest r, FormState state) {
        List<Map<String, String>> models = java.util.Arrays.stream(ProcurementModel.values())
                .map(m -> Map.of("id", m.id(), "label", m.label())).toList();
        return form(r, state, "arrangement", "set up an arrangement", null, Map.of("models", models));
    }

    private Reply create(RouteRequest r, ArrangementForm f) {
        Arrangement a = procurements.create(r.requireActor(), programme(r).descriptor().id(), f.reference(), f.title(), f.model(),
                f.opensOn().toString(), f.closesOn() == null ? "" : f.closesOn().toString(), f.criteria());
        return Reply.redirect(base(r) + "#arrangement-" + a.id(), "Set up " + a.reference() + ": " + a.title() + ".");
    }

    private Reply.Page newApplication(RouteRequest r, FormState state) {
        Arrangement a = arrangement(r);
        return form(r, state, "application", a.reference() + ": record an application", a, Map.of());
    }

    private Reply apply(RouteRequest r, ApplicationForm f) {
        Arrangement a = arrangement(r);
        Admission x = procurements.apply(r.requireActor(), a.id(), f.providerName(), f.registrationNumber(), f.appliedOn().toString());
        return Reply.redirect(base(r) + "#arrangement-" + a.id(), "Recorded " + x.providerName() + "'s application to " + a.reference() + ".");
    }

    private Reply.Page decision(RouteRequest r, FormState state) {
        Arrangement a = arrangement(r);
        Admission x = admission(a, r.pathLong("admission"));
        if (x.status() != AdmissionStatus.APPLIED && !state.refused()) {
            return form(r, state, "decided", a.reference() + ": " + x.providerName(), a, Map.of("admission", x));
        }
        return form(r, state, "decision", a.reference() + ": decide " + x.providerName() + "'s application", a, Map.of("admission", x));
    }

    private Reply decide(RouteRequest r, DecisionForm f) {
        Arrangement a = arrangement(r);
        Admission x = admission(a, r.pathLong("admission"));
        Set<Integer> met = new HashSet<>();
        for (String n : f.criteriaMet()) {
            try {
                met.add(Integer.parseInt(n.strip()));
            } catch (NumberFormatException e) {
                throw new ValidationException(List.of(new FieldError("criteriaMet", "Criterion '" + n + "' is not a number; tick the criteria met.")));
            }
        }
        Admission d = procurements.decide(r.requireActor(), a.id(), x.id(), met, f.decidedOn().toString());
        return Reply.redirect(base(r) + "#arrangement-" + a.id(), d.providerName() + ": " + d.status().id()
                + (d.reason() == null || d.reason().isBlank() ? "." : " (" + d.reason() + ")."));
    }

    private Reply.Page newCallOff(RouteRequest r, FormState state) {
        Arrangement a = arrangement(r);
        return form(r, state, "call-off", a.reference() + ": open a call-off", a, Map.of());
    }

    private Reply openCallOff(RouteRequest r, CallOffForm f) {
        Arrangement a = arrangement(r);
        CallOff c = procurements.openCallOff(r.requireActor(), a.id(), f.reference(), f.requirement(), f.invitedOn().toString(),
                f.bidsCloseOn().toString());
        return Reply.redirect(base(r) + "#call-off-" + c.id(), "Opened call-off " + c.reference() + " and invited " + c.bids().size()
                + " admitted provider" + (c.bids().size() == 1 ? "." : "s."));
    }

    private Reply.Page bidPage(RouteRequest r, FormState state) {
        return callOffForm(r, state, "bid", ": record a bid");
    }

    /** A form about one call-off (a bid, the award), offering its invited providers. */
    private Reply.Page callOffForm(RouteRequest r, FormState state, String kind, String titleEnd) {
        Arrangement a = arrangement(r);
        CallOff c = callOff(a, r.pathLong("callOff"));
        return form(r, state, kind, c.reference() + titleEnd, a, Map.of("callOff", c, "invited", invited(c)));
    }

    private Reply bid(RouteRequest r, BidForm f) {
        Arrangement a = arrangement(r);
        CallOff c = procurements.bid(r.requireActor(), a.id(), r.pathLong("callOff"), f.providerName(), f.pricePounds(), f.qualityScore());
        return Reply.redirect(base(r) + "#call-off-" + c.id(), "Recorded " + f.providerName().strip() + "'s bid for " + c.reference() + ".");
    }

    private Reply.Page awardPage(RouteRequest r, FormState state) {
        return callOffForm(r, state, "award", ": award");
    }

    private Reply award(RouteRequest r, AwardForm f) {
        Arrangement a = arrangement(r);
        CallOff c = procurements.award(r.requireActor(), a.id(), r.pathLong("callOff"), f.providerName(), f.awardNoticeOn().toString());
        return Reply.redirect(base(r) + "#call-off-" + c.id(), "Awarded " + c.reference() + " to " + c.awardedTo() + "; the standstill"
                + " period ends on " + c.standstillEndsOn() + ", so the contract may be entered into from " + c.contractFrom() + ".");
    }

    private static List<Map<String, String>> invited(CallOff c) {
        return c.bids().stream().map(b -> Map.of("id", b.providerName(), "label", b.providerName())).toList();
    }
}
