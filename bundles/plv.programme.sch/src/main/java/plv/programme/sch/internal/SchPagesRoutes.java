package plv.programme.sch.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.money.Money;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;
import plv.programme.sch.internal.Kinds.AgeBand;
import plv.programme.sch.internal.Kinds.LegalBasis;
import plv.programme.sch.internal.Kinds.Need;
import plv.programme.sch.internal.Kinds.Urgency;

/**
 * The home's pages under {@code /sch} (the overview stays at {@code /programmes/sch}): the places board, referrals
 * (list, form, page with the allocation rule's explanation and the decision), placements (moves, ends) and occupancy
 * with charts, sales and prices. Every signed-in user sees the board and occupancy (aggregates); referrals and
 * placements are for commissioning officers, the secretary, and a placing officer for their own council.
 */
@Component(service = WebRoutes.class)
public class SchPagesRoutes implements WebRoutes {

    static final String PATH = "/sch";
    private static final Access CASES = Access.roles(Role.COMMISSIONING_OFFICER, Role.SECRETARY, Role.PLACING_OFFICER);
    private static final Access KEEPERS = Access.of(RoleGroup.REGISTER_KEEPERS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final SchHome home;

    @Activate
    public SchPagesRoutes(@Reference SchHome home) {
        this.home = home;
    }

    @Override
    public void define(Routes routes) {
        routes.get(PATH, Access.signedIn(), r -> Reply.redirect(PATH + "/places"))
                .get(PATH + "/places", Access.signedIn(), this::places)
                .post(PATH + "/places/{code}/close", KEEPERS, this::closePlace)
                .get(PATH + "/referrals", CASES, this::referrals)
                .get(PATH + "/referrals/new", CASES, r -> referralForm(r, FormState.empty()))
                .post(PATH + "/referrals", CASES, this::refer)
                .get(PATH + "/referrals/{id}", CASES, r -> referral(r, FormState.empty()))
                .post(PATH + "/referrals/{id}/accept", KEEPERS, this::accept)
                .post(PATH + "/referrals/{id}/decline", KEEPERS, this::decline)
                .get(PATH + "/placements", CASES, this::placements)
                .post(PATH + "/placements/{id}/move", KEEPERS, r -> placementAction(r, "move"))
                .post(PATH + "/placements/{id}/end", KEEPERS, r -> placementAction(r, "end"))
                .get(PATH + "/occupancy", Access.signedIn(), r -> occupancy(r, FormState.empty()))
                .post(PATH + "/prices", KEEPERS, this::setPrice);
    }

    // ---- places

    private Reply places(RouteRequest r) {
        Actor actor = r.requireActor();
        Map<String, Object> model = base(actor);
        List<SchHome.Place> places = home.places(actor, home.today());
        model.put("places", places);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("occupied", "available", "reserve", "closed")) {
            counts.put(SchHome.statusLabel(s), places.stream().filter(p -> p.status().equals(s)).count());
        }
        model.put("counts", counts);
        return Reply.page(getClass(), "sch/places.ftlh", "Secure Children's Home: places", model);
    }

    private Reply closePlace(RouteRequest r) {
        String code = r.path("code");
        String reason = param(r, "reason");
        home.closePlace(r.requireActor(), code, reason);
        return Reply.redirect(PATH + "/places", reason.isBlank() ? "Place " + code + " is open again." : "Place " + code + " is closed.");
    }

    // ---- referrals

    private Reply referrals(RouteRequest r) {
        Actor actor = r.requireActor();
        Map<String, Object> model = base(actor);
        model.put("referrals", home.referrals(actor).stream().map(SchPagesRoutes::referralRow).toList());
        return Reply.page(getClass(), "sch/referrals.ftlh", "Secure Children's Home: referrals", model);
    }

    private Reply.Page referralForm(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        Map<String, Object> model = base(actor);
        model.put("ownCouncil", actor.is(Role.PLACING_OFFICER) ? actor.councilGss() : "");
        model.put("ageBands", options(AgeBand.values()));
        model.put("legalBases", options(LegalBasis.values()));
        model.put("needOptions", options(Need.values()));
        model.put("urgencies", options(Urgency.values()));
        model.put("checkedNeeds", r.servletRequest().getParameterValues("needs") == null ? List.of()
                : Arrays.asList(r.servletRequest().getParameterValues("needs")));
        return Reply.page(getClass(), "sch/referral-new.ftlh", "Refer a child to the Secure Children's Home", model).withForm(state);
    }

    private Reply refer(RouteRequest r) {
        Actor actor = r.requireActor();
        String[] needs = r.servletRequest().getParameterValues("needs");
        try {
            SchHome.Referral made = home.refer(actor, new SchHome.ReferralInput(param(r, "reference"), param(r, "councilGss"),
                    param(r, "councilName"), param(r, "receivedOn"), param(r, "ageBand"), param(r, "legalBasis"),
                    needs == null ? List.of() : Arrays.asList(needs), param(r, "urgency"), param(r, "distanceMiles"), param(r, "notes"),
                    "yes".equals(param(r, "confirmNotes"))));
            return Reply.redirect(PATH + "/referrals/" + made.id(), "Referral " + made.reference() + " recorded; it is waiting for a decision.");
        } catch (ValidationException e) {
            return referralForm(r, refused(r, e, "reference", "councilGss", "councilName", "receivedOn", "ageBand", "legalBasis",
                    "urgency", "distanceMiles", "notes", "confirmNotes"));
        }
    }

    private Reply.Page referral(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        long id = r.pathLong("id");
        SchHome.Referral ref = home.referral(actor, id);
        Map<String, Object> model = base(actor);
        model.put("r", referralRow(ref));
        model.put("needs", ref.needs().stream().map(Need::label).toList());
        if (ref.decision() == Kinds.Decision.WAITING) {
            String who = state.values().getOrDefault("authorisedBy", "");
            model.put("verdict", home.verdict(actor, id, home.today(), who));
        }
        if (ref.placementId() != null) {
            model.put("placement", home.placement(actor, ref.placementId()));
        }
        model.put("defaultStart", home.today().toString());
        model.put("defaultEnd", home.today().plusWeeks(12).toString());
        return Reply.page(getClass(), "sch/referral.ftlh", "Referral " + ref.reference(), model).withForm(state);
    }

    private Reply accept(RouteRequest r) {
        long id = r.pathLong("id");
        try {
            SchHome.Placement p = home.accept(r.requireActor(), id, param(r, "start"), param(r, "plannedEnd"), param(r, "authorisedBy"));
            return Reply.redirect(PATH + "/referrals/" + id, "Accepted: placed in " + p.stays().get(0).placeCode() + " from "
                    + DATE.format(p.start()) + ".");
        } catch (ValidationException e) {
            return referral(r, refused(r, e, "start", "plannedEnd", "authorisedBy", "reason"));
        }
    }

    private Reply decline(RouteRequest r) {
        long id = r.pathLong("id");
        try {
            home.decline(r.requireActor(), id, param(r, "reason"));
            return Reply.redirect(PATH + "/referrals/" + id, "Declined, with the reason recorded.");
        } catch (ValidationException e) {
            return referral(r, refused(r, e, "start", "plannedEnd", "authorisedBy", "reason"));
        }
    }

    // ---- placements

    private Reply placements(RouteRequest r) {
        Actor actor = r.requireActor();
        Map<String, Object> model = base(actor);
        List<SchHome.Placement> all = home.placements(actor);
        model.put("placements", all.stream().map(SchPagesRoutes::placementRow).toList());
        double avg = all.stream().filter(p -> p.distanceMiles() != null).mapToInt(SchHome.Placement::distanceMiles).average().orElse(Double.NaN);
        model.put("averageMiles", Double.isNaN(avg) ? "" : String.format(Locale.UK, "%.1f", avg));
        model.put("londonAverageMiles", SchHome.LONDON_AVERAGE_MILES);
        return Reply.page(getClass(), "sch/placements.ftlh", "Secure Children's Home: placements", model);
    }

    private Reply placementAction(RouteRequest r, String action) {
        long id = r.pathLong("id");
        try {
            SchHome.Placement p = action.equals("move") ? home.move(r.requireActor(), id, param(r, "day"))
                    : home.end(r.requireActor(), id, param(r, "day"));
            return Reply.redirect(PATH + "/placements#placement-" + id, action.equals("move")
                    ? "Moved to " + p.currentUnit().label() + " (" + p.stays().get(p.stays().size() - 1).placeCode() + ")."
                    : "Placement ended on " + DATE.format(p.actualEnd()) + ".");
        } catch (ValidationException e) {
            return Reply.redirect(PATH + "/placements#placement-" + id, "Not changed: " + e.errors().get(0).message());
        }
    }

    // ---- occupancy, sales, prices

    private Reply.Page occupancy(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        Map<String, Object> model = base(actor);
        LocalDate to = home.today();
        LocalDate from = to.minusMonths(18).withDayOfMonth(1);
        Occupancy o = home.occupancy(from, to);
        List<Occupancy.Line> months = o.days() == 0 ? List.of() : o.byMonth();
        // the contributions page is for the secretary, directors and monitoring officers only
        model.put("mayContributions", actor.in(RoleGroup.COUNCIL_RECORD_READERS));
        model.put("from", DATE.format(from.isBefore(home.opening()) ? home.opening() : from));
        model.put("to", DATE.format(to));
        model.put("total", o.days() == 0 ? null : o.total());
        model.put("months", months);
        model.put("years", o.days() == 0 ? List.of() : o.byFinancialYear());
        model.put("subRegions", o.days() == 0 ? List.of() : o.bySubRegion());
        model.put("councils", o.days() == 0 ? List.of() : o.byCouncil());
        model.put("monthChart", Charts.columns(months.stream().map(l -> new Charts.Bar(l.label(), l.percent())).toList(), 100,
                home.targetPercent()));
        model.put("subRegionChart", Charts.rows(o.days() == 0 ? List.of()
                : o.bySubRegion().stream().map(l -> new Charts.Bar(l.label(), l.placeDays())).toList()));
        model.put("councilChart", Charts.rows(o.days() == 0 ? List.of()
                : o.byCouncil().stream().map(l -> new Charts.Bar(l.label(), l.placeDays())).toList()));
        List<Map<String, Object>> sales = new ArrayList<>();
        for (FinancialYear y = FinancialYear.containing(home.opening()); !y.start().isAfter(home.today()); y = y.next()) {
            List<SchHome.Sale> s = home.sales(y.startYear());
            sales.add(Map.of("year", y.label(), "days", s.stream().mapToInt(SchHome.Sale::days).sum(),
                    "income", Money.format(s.stream().mapToLong(SchHome.Sale::pence).sum()), "count", s.size()));
        }
        model.put("sales", sales);
        model.put("prices", home.prices().all().stream().map(p -> Map.of("from", DATE.format(p.effectiveFrom()),
                "member", Money.format(p.memberWeeklyPence()), "nonMember", Money.format(p.nonMemberWeeklyPence()))).toList());
        return Reply.page(getClass(), "sch/occupancy.ftlh", "Secure Children's Home: occupancy and sales", model).withForm(state);
    }

    private Reply setPrice(RouteRequest r) {
        try {
            home.setPrice(r.requireActor(), param(r, "effectiveFrom"), param(r, "memberWeekly"), param(r, "nonMemberWeekly"));
            return Reply.redirect(PATH + "/occupancy#prices", "Weekly prices recorded.");
        } catch (ValidationException e) {
            return occupancy(r, refused(r, e, "effectiveFrom", "memberWeekly", "nonMemberWeekly"));
        }
    }

    // ---- helpers

    private Map<String, Object> base(Actor actor) {
        return baseModel(home, actor);
    }

    /** What every SCH page shows: the day, the opening and whether the home is open, and what the actor may see and do. */
    static Map<String, Object> baseModel(SchHome home, Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("today", DATE.format(home.today()));
        model.put("opening", DATE.format(home.opening()));
        model.put("open", home.open());
        model.put("demoOpening", home.opening().equals(SchHome.DEMO_OPENING));
        model.put("reserve", home.reserve());
        model.put("target", home.targetPercent());
        model.put("seesCases", SchHome.seesCases(actor));
        model.put("mayDecide", SchHome.seesAll(actor));
        model.put("council", actor.is(Role.PLACING_OFFICER) ? actor.councilGss() : "");
        return model;
    }

    private static String param(RouteRequest r, String name) {
        String v = r.servletRequest().getParameter(name);
        return v == null ? "" : v;
    }

    private static FormState refused(RouteRequest r, ValidationException e, String... fields) {
        Map<String, String> values = new HashMap<>();
        for (String f : fields) {
            values.put(f, param(r, f));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError err : e.errors()) {
            errors.merge(err.field(), err.message(), (a, b) -> a + " " + b);
        }
        return new FormState(values, errors);
    }

    private static List<Map<String, String>> options(Enum<?>[] values) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Enum<?> v : values) {
            String label = v instanceof AgeBand a ? a.label() : v instanceof LegalBasis l ? l.label() : v instanceof Need n ? n.label()
                    : v instanceof Urgency u ? u.label() : v.name();
            out.add(Map.of("id", v.name(), "label", label));
        }
        return out;
    }

    private static Map<String, Object> referralRow(SchHome.Referral r) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", r.id());
        m.put("reference", r.reference());
        m.put("council", r.councilName() + " (" + r.councilGss() + ")");
        m.put("member", r.member() ? "Member" : "Not a member");
        m.put("receivedOn", DATE.format(r.receivedOn()));
        m.put("ageBand", r.ageBand().label());
        m.put("legalBasis", r.legalBasis().label());
        m.put("urgency", r.urgency().label());
        m.put("distance", r.distanceMiles() == null ? "" : r.distanceMiles() + " miles");
        m.put("notes", r.notes() == null ? "" : r.notes());
        m.put("decision", r.decision().label());
        m.put("waiting", r.decision() == Kinds.Decision.WAITING);
        m.put("decisionReason", r.decisionReason() == null ? "" : r.decisionReason());
        m.put("decidedOn", r.decidedOn() == null ? "" : DATE.format(r.decidedOn()));
        m.put("decidedBy", r.decidedBy() == null ? "" : r.decidedBy());
        m.put("reserveAuthorisedBy", r.reserveAuthorisedBy() == null ? "" : r.reserveAuthorisedBy());
        return m;
    }

    private static Map<String, Object> placementRow(SchHome.Placement p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("referralId", p.referralId());
        m.put("reference", p.reference());
        m.put("council", p.councilName());
        m.put("member", p.member() ? "Member" : "Non-member (sold)");
        m.put("start", DATE.format(p.start()));
        m.put("plannedEnd", DATE.format(p.plannedEnd()));
        m.put("actualEnd", p.actualEnd() == null ? "" : DATE.format(p.actualEnd()));
        m.put("current", p.actualEnd() == null);
        m.put("distance", p.distanceMiles() == null ? "" : p.distanceMiles() + " miles");
        m.put("unit", p.currentUnit() == null ? "" : p.currentUnit().label());
        m.put("stays", p.stays().stream().map(s -> s.placeCode() + " (" + s.unit().label() + ") " + DATE.format(s.startedOn()) + " to "
                + (s.endedOn() == null ? "now" : DATE.format(s.endedOn()))).toList());
        return m;
    }
}
