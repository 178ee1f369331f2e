package plv.programme.sch.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The programme's JSON API under {@code /api/programmes/secure-childrens-home/}: {@code places}, {@code referrals}
 * (and {@code referrals/{id}}, with the allocation rule's verdict), {@code placements} (scoped to the placing officer's
 * council), {@code occupancy?from=&to=&by=day|month|financialYear|subRegion|council} and {@code sales?year=YYYY}.
 * {@code POST referrals} (JSON), {@code POST referrals/{id}/accept}, {@code POST referrals/{id}/decline},
 * {@code POST placements/{id}/move} and {@code .../end} ({@code {"day":"YYYY-MM-DD"}}); {@code GET} and
 * {@code POST prices} (weekly prices, effective-dated). Inspections, incidents and the quarterly report are routes
 * ({@link SchRecordsRoutes}). Every call is a route of the platform's {@code /api} route servlet: JSON bodies are read
 * and answers written by the shell's one mapper, and a refusal is answered as JSON naming the field.
 */
@Component(service = WebRoutes.class)
public class SchApi implements WebRoutes {

    static final String BASE = "/api/programmes/" + SecureChildrensHome.ID;
    private static final int MAX_BODY = 20_000;
    /** Signed in; who sees and does what is the programme's rule ({@link SchHome}), checked there. */
    private static final Access SIGNED_IN = Access.signedIn();

    private final SchHome home;

    @Activate
    public SchApi(@Reference SchHome home) {
        this.home = home;
    }

    @Override
    public void define(Routes routes) {
        routes.get(BASE + "/places", SIGNED_IN, r -> Reply.json(Map.of("day", home.today(), "opening", home.opening(),
                        "emergencyReserve", home.reserve(), "places", home.places(r.requireActor(), home.today()))))
                .get(BASE + "/referrals", SIGNED_IN, r -> Reply.json(home.referrals(r.requireActor())))
                .get(BASE + "/referrals/{id}", SIGNED_IN, r -> Reply.json(referral(r.requireActor(), r.pathLong("id"))))
                .get(BASE + "/placements", SIGNED_IN, r -> Reply.json(home.placements(r.requireActor())))
                .get(BASE + "/placements/{id}", SIGNED_IN, r -> Reply.json(home.placement(r.requireActor(), r.pathLong("id"))))
                .get(BASE + "/occupancy", SIGNED_IN, r -> Reply.json(occupancy(r)))
                .get(BASE + "/sales", SIGNED_IN, r -> Reply.json(sales(r)))
                .get(BASE + "/prices", SIGNED_IN, r -> Reply.json(home.prices().all()))
                .post(BASE + "/prices", SIGNED_IN, r -> {
                    JsonNode in = body(r);
                    return Reply.json(201, home.setPrice(r.requireActor(), text(in, "effectiveFrom"), text(in, "memberWeekly"),
                            text(in, "nonMemberWeekly")));
                })
                .post(BASE + "/placements/{id}/move", SIGNED_IN, r -> Reply.json(home.move(r.requireActor(), r.pathLong("id"),
                        text(body(r), "day"))))
                .post(BASE + "/placements/{id}/end", SIGNED_IN, r -> Reply.json(home.end(r.requireActor(), r.pathLong("id"),
                        text(body(r), "day"))))
                .post(BASE + "/referrals", SIGNED_IN, this::refer)
                .post(BASE + "/referrals/{id}/accept", SIGNED_IN, r -> {
                    JsonNode in = body(r);
                    return Reply.json(home.accept(r.requireActor(), r.pathLong("id"), text(in, "start"), text(in, "plannedEnd"),
                            text(in, "authorisedBy")));
                })
                .post(BASE + "/referrals/{id}/decline", SIGNED_IN, r -> Reply.json(home.decline(r.requireActor(), r.pathLong("id"),
                        text(body(r), "reason"))));
    }

    private Reply refer(RouteRequest r) {
        JsonNode in = body(r);
        List<String> needs = new ArrayList<>();
        in.path("needs").forEach(n -> needs.add(n.asText()));
        SchHome.Referral made = home.refer(r.requireActor(), new SchHome.ReferralInput(text(in, "reference"), text(in, "councilGss"),
                text(in, "councilName"), text(in, "receivedOn"), text(in, "ageBand"), text(in, "legalBasis"), needs, text(in, "urgency"),
                text(in, "distanceMiles"), text(in, "notes"), in.path("confirmNotes").asBoolean(false)));
        return Reply.json(201, made);
    }

    private Map<String, Object> referral(Actor actor, long id) {
        SchHome.Referral r = home.referral(actor, id);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("referral", r);
        if (r.decision() == Kinds.Decision.WAITING) {
            v.put("ruleToday", home.verdict(actor, id, home.today(), null));
        }
        return v;
    }

    private Map<String, Object> occupancy(RouteRequest req) {
        LocalDate to = date(req, "to", home.today());
        LocalDate from = date(req, "from", to.minusYears(1).plusDays(1));
        if (to.isBefore(from)) {
            throw new ValidationException("to", "to " + to + " is before from " + from + "; give a later date.");
        }
        if (FinancialYear.daysInclusive(from, to) > 366 * 50) {
            throw new ValidationException("from", "Ask for at most 50 years at a time.");
        }
        String by = req.query("by").orElse("month");
        Occupancy o = home.occupancy(from, to);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("from", from);
        v.put("to", to);
        v.put("opening", home.opening());
        v.put("places", SchHome.PLACES);
        v.put("targetPercent", home.targetPercent());
        v.put("by", by);
        v.put("total", o.total());
        v.put("lines", switch (by) {
            case "month" -> o.byMonth();
            case "financialYear" -> o.byFinancialYear();
            case "subRegion" -> o.bySubRegion();
            case "council" -> o.byCouncil();
            case "day" -> {
                if (o.days() > 3700) {
                    throw new ValidationException("by", "by=day covers at most about 10 years (3700 days); narrow from and to.");
                }
                List<Map<String, Object>> days = new ArrayList<>();
                for (LocalDate d = from.isBefore(home.opening()) ? home.opening() : from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(Map.of("day", d, "occupied", o.on(d)));
                }
                yield days;
            }
            default -> throw new ValidationException("by", "by must be day, month, financialYear, subRegion or council, not '"
                    + SchHome.abbreviate(by) + "'.");
        });
        return v;
    }

    private Map<String, Object> sales(RouteRequest req) {
        String y = req.query("year").orElse(null);
        FinancialYear year;
        try {
            year = y == null || y.isBlank() ? FinancialYear.containing(home.today()) : FinancialYear.parse(y);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("year", "year: " + e.getMessage());
        }
        if (year.startYear() < 2000 || year.startYear() > 2100) {
            throw new ValidationException("year", "year: give a financial year between 2000 and 2100, e.g. 2028.");
        }
        List<SchHome.Sale> sales = home.sales(year.startYear());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("financialYear", year.startYear());
        v.put("label", year.label());
        v.put("incomePence", sales.stream().mapToLong(SchHome.Sale::pence).sum());
        v.put("sales", sales);
        return v;
    }

    private static LocalDate date(RouteRequest req, String name, LocalDate dflt) {
        String t = req.query(name).orElse(null);
        if (t == null || t.isBlank()) {
            return dflt;
        }
        try {
            return LocalDate.parse(t.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, name + ": '" + SchHome.abbreviate(t) + "' is not a date; write it as YYYY-MM-DD.");
        }
    }

    /** The request's JSON object, read by the shell's mapper; an empty body is an empty object. */
    static JsonNode body(RouteRequest r) {
        if (r.servletRequest().getContentLengthLong() == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode n = r.json(JsonNode.class, MAX_BODY);
        if (n == null || !n.isObject()) {
            throw new ValidationException("body", "Send a JSON object, e.g. {\"reference\":\"CAM-2028-0001\", ...}.");
        }
        return n;
    }

    private static String text(JsonNode in, String field) {
        JsonNode n = in.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
