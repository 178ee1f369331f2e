package plv.board.web.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import plv.board.api.AgendaItem;
import plv.board.api.DirectorsRegister;
import plv.board.api.Meeting;
import plv.board.api.MeetingStatus;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The public section, for anyone without signing in: the meetings calendar, each meeting's published agenda and
 * public pack, approved public minutes, the board's decisions, passed written resolutions, the public registers
 * (members by name and GSS code only; directors with month and year of birth and no residential address) and an Atom
 * feed of publications. Every record is read as a viewer, so the services' public view applies (no Part 2 text, no
 * exempt paper); the pages add nothing the view does not hold. Each route declares {@link Access#anyone()} and the
 * web shell declares exactly these patterns public to the security filter.
 */
@Component(service = WebRoutes.class)
public final class PublicSite implements WebRoutes {
    /** The records are read with this actor: the public view of everything. */
    static final Actor PUBLIC = new Actor("public", "Public", Role.VIEWER, null);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final Meetings meetings;
    private final DirectorsRegister directors;
    private final WrittenResolutions resolutions;
    private final PlvClock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MemberDirectory memberDirectory;

    @Activate
    public PublicSite(@Reference Meetings meetings, @Reference DirectorsRegister directors,
            @Reference WrittenResolutions resolutions, @Reference PlvClock clock) {
        this.meetings = meetings;
        this.directors = directors;
        this.resolutions = resolutions;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        Access anyone = Access.anyone();
        routes.get("/public", anyone, this::index)
                .get("/public/meetings", anyone, this::calendar)
                .get("/public/meetings/{id}", anyone, this::meeting)
                .get("/public/meetings/{id}/pack.pdf", anyone, this::pack)
                .get("/public/minutes", anyone, this::minutesList)
                .get("/public/minutes/{file}", anyone, this::minutesPdf)
                .get("/public/decisions", anyone, this::decisions)
                .get("/public/resolutions", anyone, this::resolutions)
                .get("/public/registers", anyone, this::registers)
                .get("/public/feed.atom", anyone, this::feed)
                .get("/public/board/meetings.ics", anyone, r -> Reply.inline("text/calendar;charset=UTF-8", "plv-meetings.ics",
                        out -> out.write(meetings.calendar(null).getBytes(StandardCharsets.UTF_8))));
    }

    private static Map<String, Object> model(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static boolean published(Meeting m) {
        return m.status().compareTo(MeetingStatus.AGENDA_PUBLISHED) >= 0;
    }

    private Reply index(RouteRequest r) {
        return Reply.page(getClass(), "public/index.ftlh", "Public information", model());
    }

    private Reply calendar(RouteRequest r) {
        List<Map<String, Object>> all = meetings.meetings(PUBLIC).stream().sorted(Comparator.comparing(Meeting::startsAt))
                .map(m -> summary(m)).toList();
        return Reply.page(getClass(), "public/meetings.ftlh", "Meetings", model("meetings", all));
    }

    static Map<String, Object> summary(Meeting m) {
        return model("id", m.id(), "title", m.title(), "when", m.startsAt().format(WHEN), "place", m.place(),
                "status", m.status().label(), "agendaPublished", published(m), "minutesApproved", m.minutesApproved());
    }

    private Meeting publicMeeting(RouteRequest r) {
        return meetings.meeting(PUBLIC, r.pathLong("id"));
    }

    private Reply meeting(RouteRequest r) {
        Meeting m = publicMeeting(r);
        List<Map<String, Object>> items = new ArrayList<>();
        if (published(m)) {
            for (AgendaItem i : m.items()) {
                items.add(model("number", i.number(), "title", i.titleForPublic(), "exempt", i.exempt(),
                        "paragraph", i.exemptParagraph(), "presenter", i.exempt() ? null : i.presenter(),
                        "decisionSought", i.exempt() ? null : i.decisionSought(),
                        "papers", i.exempt() ? List.of() : i.papers().stream().filter(p -> !p.exempt()).map(p -> p.title()).toList(),
                        "decision", !i.exempt() && m.minutesApproved() && i.decision() != null ? i.decision().resolution() : null));
            }
        }
        // the newest approved public minutes: who signed them for the chair, when, and whether the signature still verifies
        Object signature = m.minutesApproved() ? meetings.minutesSignatures(null, m.id()).stream()
                .reduce((a, b) -> b).map(Views::signature).orElse(null) : null;
        return Reply.page(getClass(), "public/meeting.ftlh", m.title(), model("m", summary(m), "items", items,
                "signature", signature));
    }

    private Reply pack(RouteRequest r) {
        long id = r.pathLong("id");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        meetings.pack(null, id, MinutesEdition.PUBLIC, pdf); // refused (404) unless the agenda is published
        return Reply.inline("application/pdf", "plv-pack-" + id + "-public.pdf", pdf::writeTo);
    }

    private Reply minutesList(RouteRequest r) {
        List<Map<String, Object>> approved = meetings.meetings(PUBLIC).stream().filter(Meeting::minutesApproved)
                .map(PublicSite::summary).toList();
        return Reply.page(getClass(), "public/minutes.ftlh", "Published minutes", model("meetings", approved));
    }

    private Reply minutesPdf(RouteRequest r) {
        String file = r.path("file");
        if (!file.matches("\\d{1,18}\\.pdf")) {
            throw new NotFoundException("There are no published minutes at /public/minutes/" + file + ".");
        }
        long id = Long.parseLong(file.substring(0, file.indexOf('.')));
        byte[] pdf = meetings.minutesPdf(null, id, MinutesEdition.PUBLIC);
        return Reply.inline("application/pdf", "plv-minutes-" + id + "-public.pdf", out -> out.write(pdf));
    }

    private Reply decisions(RouteRequest r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Meeting m : meetings.meetings(PUBLIC)) {
            if (!m.minutesApproved()) {
                continue;
            }
            for (AgendaItem i : m.items()) {
                if (!i.exempt() && i.decision() != null) {
                    out.add(model("meetingId", m.id(), "meeting", m.title() + ", " + m.startsAt().format(WHEN), "item", i.number(),
                            "title", i.title(), "resolution", i.decision().resolution(), "outcome", i.decision().outcome()));
                }
            }
        }
        return Reply.page(getClass(), "public/decisions.ftlh", "Board decisions", model("decisions", out));
    }

    private Reply resolutions(RouteRequest r) {
        List<Map<String, Object>> passed = resolutions.resolutions(PUBLIC).stream()
                .filter(x -> x.status() == WrittenResolution.Status.PASSED)
                .sorted(Comparator.comparing(WrittenResolution::passedOn).reversed())
                .map(x -> model("id", x.id(), "kind", x.kind().name().charAt(0) + x.kind().name().substring(1).toLowerCase(Locale.ROOT),
                        "text", x.text(), "circulatedOn", x.circulatedOn(), "passedOn", x.passedOn()))
                .toList();
        return Reply.page(getClass(), "public/resolutions.ftlh", "Written resolutions passed", model("resolutions", passed));
    }

    private Reply registers(RouteRequest r) {
        LocalDate today = clock.today();
        List<Map<String, Object>> board = directors.directors(PUBLIC).stream()
                .map(d -> model("name", d.name(), "role", d.role().name().charAt(0) + d.role().name().substring(1)
                                .toLowerCase(Locale.ROOT).replace('_', ' '),
                        "serviceAddress", d.serviceAddress(), "nationality", d.nationality(), "countryOfResidence",
                        d.countryOfResidence(), "occupation", d.occupation(),
                        "bornIn", d.bornIn() == null ? null : d.bornIn().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)),
                        "appointedOn", d.appointedOn(), "ceasedOn", d.ceasedOn()))
                .toList();
        MemberDirectory directory = memberDirectory;
        List<Map<String, Object>> members = directory == null ? List.of() : directory.membersOn(PUBLIC, today).stream()
                .map(x -> model("name", x.name(), "gssCode", x.gssCode())).toList();
        return Reply.page(getClass(), "public/registers.ftlh", "Public registers",
                model("directors", board, "members", members, "today", today, "membersKnown", directory != null));
    }

    /** Atom (RFC 4287): published agendas, approved minutes (each version) and passed written resolutions, newest first. */
    private Reply feed(RouteRequest r) {
        record Entry(String id, String title, String link, java.time.Instant updated) {
        }
        List<Entry> entries = new ArrayList<>();
        ZoneId london = plv.platform.api.time.PlvClock.LONDON;
        for (Meeting m : meetings.meetings(PUBLIC)) {
            if (published(m)) {
                entries.add(new Entry("tag:plv.london,2026:agenda-" + m.id(), "Agenda published: " + m.title() + ", "
                        + m.startsAt().format(WHEN), "/public/meetings/" + m.id(),
                        (m.papersSentOn() != null ? m.papersSentOn() : m.startsAt().toLocalDate().minusDays(7)).atStartOfDay(london).toInstant()));
            }
            m.minutes().forEach(v -> entries.add(new Entry("tag:plv.london,2026:minutes-" + m.id() + "-" + v.number(),
                    "Minutes approved: " + m.title() + ", " + m.startsAt().format(WHEN) + (v.number() > 1 ? " (version " + v.number() + ")" : ""),
                    "/public/minutes/" + m.id() + ".pdf", v.createdAt())));
        }
        for (WrittenResolution x : resolutions.resolutions(PUBLIC)) {
            if (x.status() == WrittenResolution.Status.PASSED) {
                entries.add(new Entry("tag:plv.london,2026:resolution-" + x.id(), "Written resolution passed on " + x.passedOn(),
                        "/public/resolutions#resolution-" + x.id(), x.passedOn().atStartOfDay(london).toInstant()));
            }
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed());
        String base = baseUrl(r);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <title>Pan London Vehicle: publications</title>\n  <id>tag:plv.london,2026:publications</id>\n");
        xml.append("  <link rel=\"self\" href=\"").append(base).append("/public/feed.atom\"/>\n");
        xml.append("  <link href=\"").append(base).append("/public\"/>\n");
        xml.append("  <author><name>").append(esc("Pan London Vehicle for Children's Complex Commissioning Ltd")).append("</name></author>\n");
        xml.append("  <updated>").append(entries.isEmpty() ? clock.now() : entries.get(0).updated()).append("</updated>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n    <id>").append(e.id()).append("</id>\n    <title>").append(esc(e.title()))
                    .append("</title>\n    <link href=\"").append(base).append(e.link()).append("\"/>\n    <updated>")
                    .append(e.updated()).append("</updated>\n  </entry>\n");
        }
        xml.append("</feed>\n");
        byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
        return Reply.inline("application/atom+xml;charset=UTF-8", "plv-publications.atom", out -> out.write(body));
    }

    private static String baseUrl(RouteRequest r) {
        var req = r.servletRequest();
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
