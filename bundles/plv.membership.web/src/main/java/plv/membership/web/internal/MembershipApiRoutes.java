package plv.membership.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import plv.membership.api.Contributions;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;
import plv.membership.api.Indexation;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberRegister;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * JSON API: {@code /api/members} (each with its GSS code), {@code /api/members/{gss}}, {@code /api/agreements} (each
 * with its computed dates in ISO format, {@code ?asOf=YYYY-MM-DD}, among them {@code dates.nextExit} and
 * {@code renewal}), {@code /api/contributions?year=YYYY} (with the year's issued statements), {@code /api/fees} (the
 * fee schedules by date and the shared funding figures); the secretary POSTs to {@code /api/fees/schedule},
 * {@code /api/fees/shared-funding}, {@code /api/contributions/issue} and {@code /api/contributions/correct}. Answers
 * are written by the platform's one JSON mapper.
 */
@Component(service = WebRoutes.class)
public class MembershipApiRoutes implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.COUNCIL_RECORD_READERS);
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);

    private final MemberRegister register;
    private final MemberAgreements agreements;
    private final Contributions contributions;
    private final PlvClock clock;

    @Activate
    public MembershipApiRoutes(@Reference MemberRegister register, @Reference MemberAgreements agreements,
            @Reference Contributions contributions, @Reference PlvClock clock) {
        this.register = register;
        this.agreements = agreements;
        this.contributions = contributions;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/members", Access.signedIn(), r -> Reply.json(Map.of("members",
                register.members(r.requireActor()).stream().map(m -> Views.member(m, clock.today())).toList())))
                .get("/api/members/{gss}", Access.signedIn().ownCouncil("gss"), r -> Reply.json(register
                        .member(r.requireActor(), r.path("gss")).map(m -> Views.member(m, clock.today()))
                        .orElseThrow(() -> new NotFoundException("There is no member " + r.path("gss") + "."))))
                .get("/api/agreements", READERS, r -> {
                    LocalDate asOf = Forms.date(r.query("asOf").orElse(null), "asOf");
                    LocalDate day = asOf == null ? clock.today() : asOf;
                    return Reply.json(Map.of("asOf", day.toString(), "agreements",
                            agreements.agreements(r.requireActor(), day).stream().map(Views::agreement).toList()));
                })
                .get("/api/contributions", READERS, r -> {
                    int year = Forms.year(r.query("year").orElse(null), Forms.financialYear(clock.today()));
                    Map<String, Object> v = Views.schedule(contributions.schedule(r.requireActor(), year));
                    v.put("issued", contributions.issued(r.requireActor(), year).stream().map(Views::issued).toList());
                    return Reply.json(v);
                })
                .get("/api/fees", READERS, r -> Reply.json(fees()))
                .post("/api/fees/schedule", SECRETARY, this::setSchedule)
                .post("/api/fees/shared-funding", SECRETARY, this::setSharedFunding)
                .post("/api/contributions/issue", SECRETARY, r -> Reply.json(Views.issued(
                        contributions.issue(r.requireActor(), year(r), r.query("reason").orElse(null)))))
                .post("/api/contributions/correct", SECRETARY, r -> Reply.json(Views.issued(
                        contributions.correct(r.requireActor(), year(r), r.query("reason").orElse(null)))));
    }

    private int year(RouteRequest r) {
        return Forms.year(r.query("year").orElse(null), Forms.financialYear(clock.today()));
    }

    private Map<String, Object> fees() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("inForce", FeeRoutes.schedule(contributions.feeSchedule()));
        v.put("feeSchedules", contributions.feeSchedules().stream().map(FeeRoutes::schedule).toList());
        v.put("sharedFundings", contributions.sharedFundings().stream().map(Views::map).toList());
        return v;
    }

    /**
     * {@code POST /api/fees/schedule} with
     * {@code {"effectiveFrom":"2029-04-01","model":"SHARED_TOTAL","annualFee":"20000.00","triggerDate":"2028-04-01"}}
     * (the indexation of the schedule in force then is kept unless {@code "indexation":null} or a new one is given;
     * an absent fee or trigger date keeps the one in force then).
     */
    private Reply setSchedule(RouteRequest r) throws IOException {
        Actor actor = r.requireActor();
        JsonNode n = json(r);
        LocalDate from = date(n, "effectiveFrom", true);
        FeeSchedule old = contributions.feeSchedule(from == null ? 0 : FinancialYear.containing(from).startYear());
        Indexation ix = n.has("indexation") ? indexation(n.get("indexation")) : old.indexation();
        FeeSchedule s = contributions.setFeeSchedule(actor, new FeeSchedule(
                Forms.enumValue(FundingModel.class, text(n, "model"), "model", "Give model FIXED_FEE or SHARED_TOTAL."),
                n.has("annualFee") ? Forms.pence("annualFee", text(n, "annualFee")) : old.annualFeePence(),
                n.has("triggerDate") ? date(n, "triggerDate", false) : old.triggerDate(), ix, from));
        return Reply.json(FeeRoutes.schedule(s));
    }

    /**
     * {@code POST /api/fees/shared-funding} with {@code {"financialYear":2029,"totalCost":"620000.00","basis":"MIXED",
     * "equalPercent":50,"weightingCode":"POP2021","places":24,"emergencyPlaces":2,"placesSold":1,"pricePerPlace":"300000.00"}}.
     */
    private Reply setSharedFunding(RouteRequest r) throws IOException {
        JsonNode n = json(r);
        return Reply.json(Views.map(contributions.setSharedFunding(r.requireActor(), new SharedFunding(integer(n, "financialYear"),
                Forms.pence("totalCost", text(n, "totalCost")),
                Forms.enumValue(SharingBasis.class, text(n, "basis"), "basis", "Give basis EQUAL, WEIGHTED or MIXED."),
                Forms.decimal(text(n, "equalPercent"), "equalPercent"), text(n, "weightingCode"),
                integer(n, "places"), integer(n, "emergencyPlaces"), integer(n, "placesSold"),
                n.has("pricePerPlace") ? Forms.pence("pricePerPlace", text(n, "pricePerPlace")) : 0))));
    }

    /** The body as a JSON object, read by the shell's mapper (at most 64 KB). */
    private static JsonNode json(RouteRequest r) {
        JsonNode n = r.json(JsonNode.class, 64 * 1024);
        if (n == null || !n.isObject()) {
            throw new ValidationException("body", "Send a JSON object.");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new ValidationException(field, "Give " + field + " as a whole number.");
        }
        return v.asInt();
    }

    private static LocalDate date(JsonNode n, String field, boolean required) {
        String t = text(n, field);
        if (t == null || t.isBlank()) {
            if (required) {
                throw new ValidationException(field, "Give " + field + " as YYYY-MM-DD, e.g. 2029-04-01.");
            }
            return null;
        }
        try {
            return LocalDate.parse(t.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, "'" + t + "' is not a date; give it as YYYY-MM-DD.");
        }
    }

    private static Indexation indexation(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String base = text(n, "baseMonth");
        try {
            return new Indexation(text(n, "seriesCode"), java.time.Month.valueOf(String.valueOf(text(n, "referenceMonth"))),
                    Forms.enumValue(IndexMethod.class, text(n, "method"), "method", "Give method YEAR_ON_YEAR or UPLIFT_FROM_BASE."),
                    base == null ? null : java.time.YearMonth.parse(base), Forms.decimal(text(n, "capPercent"), "capPercent"),
                    Forms.decimal(text(n, "floorPercent"), "floorPercent"));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new ValidationException("indexation", "Give indexation as {\"seriesCode\":\"CPI\",\"referenceMonth\":"
                    + "\"JANUARY\",\"method\":\"YEAR_ON_YEAR\"} (baseMonth YYYY-MM for UPLIFT_FROM_BASE).");
        }
    }
}
