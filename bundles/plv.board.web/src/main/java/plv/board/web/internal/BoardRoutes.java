package plv.board.web.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import plv.board.api.AttendanceStatus;
import plv.board.api.BoardDeadlines;
import plv.board.api.Capacity;
import plv.board.api.CompanyFiling;
import plv.board.api.CompanyFilings;
import plv.board.api.PscEntry;
import plv.board.api.PscRegister;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The board's pages as routes: overview, directors (register and entry), meetings (list and the meeting with its
 * agenda, attendance, quorum per item, decisions, actions and minutes), papers, filings, the PSC register and written
 * resolutions; any signed-in user reads them. Forms post to the page they are on with an {@code op}, for the company
 * secretary only; {@link BoardActions} carries them out. A refused form is shown again on its page (400) with each error
 * beside its field (see {@link Form#errors}). The meeting page takes paper uploads up to {@link plv.board.api.Paper#MAX_BYTES}.
 */
@Component(service = WebRoutes.class)
public class BoardRoutes implements WebRoutes {
    private static final Access SIGNED_IN = Access.signedIn();
    private static final Access SECRETARY = Access.roles(Role.SECRETARY);
    private static final List<String> PAGES = List.of("/board", "/board/directors", "/board/directors/{id}", "/board/psc",
            "/board/filings", "/board/meetings", "/board/meetings/{id}", "/board/papers/{id}", "/board/written-resolutions",
            "/board/written-resolutions/{id}");
    private static final List<String> FORMS = List.of("/board/directors", "/board/directors/{id}", "/board/psc", "/board/filings",
            "/board/meetings", "/board/written-resolutions", "/board/written-resolutions/{id}");

    private final DirectorsRegister directors;
    private final Meetings meetings;
    private final WrittenResolutions resolutions;
    private final BoardDeadlines deadlines;
    private final BoardActions actions;
    private final PlvClock clock;
    private final CompanyFilings filings;
    private final PscRegister psc;
    /** Present when the members register is installed: suggests the eligible members of a written resolution. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MemberDirectory memberDirectory;

    @Activate
    public BoardRoutes(@Reference DirectorsRegister directors, @Reference Meetings meetings, @Reference WrittenResolutions resolutions,
            @Reference BoardDeadlines deadlines, @Reference PlvClock clock, @Reference CompanyFilings filings, @Reference PscRegister psc) {
        this.clock = clock;
        this.filings = filings;
        this.psc = psc;
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.deadlines = deadlines;
        this.actions = new BoardActions(directors, meetings, resolutions, filings, psc);
    }

    @Override
    public void define(Routes routes) {
        for (String page : PAGES) {
            routes.get(page, SIGNED_IN, r -> show(r, path(r), Map.of(), Map.of(), "", 200));
        }
        for (String form : FORMS) {
            routes.post(form, SECRETARY, this::perform);
        }
        routes.upload("/board/meetings/{id}", SECRETARY, plv.board.api.Paper.MAX_BYTES, this::perform);
    }

    /**
     * Carries out the secretary's form; a refused one comes back on the same page with each error beside its field,
     * what was typed kept, and nothing changed.
     */
    private Reply perform(RouteRequest r) {
        Actor actor = r.requireActor();
        String[] path = path(r);
        Form form = new Form(r.servletRequest());
        try {
            return Reply.redirect(actions.perform(actor, path, form));
        } catch (ValidationException e) {
            return show(r, path, form.typed(), form.errors(e), form.key(), 400);
        }
    }

    private Reply show(RouteRequest r, String[] path, Map<String, String> typed, Map<String, String> errors, String failedItem,
            int status) {
        Actor actor = r.requireActor();
        Map<String, Object> model = new HashMap<>();
        model.put("secretary", actor.is(Role.SECRETARY));
        model.put("mayReadExempt", actor.mayReadCompanyExempt());
        model.put("today", clock.today().toString());
        model.put("form", typed);
        model.put("errors", errors);
        model.put("failedItem", failedItem);
        if (path.length == 0) {
            model.put("deadlines", Views.deadlines(deadlines.upcoming(actor, clock.today(), 60), clock.today()));
            model.put("meetings", meetings.meetings(actor).stream().map(Views::meetingSummary).toList());
            return page(status, "board/overview.ftlh", "Board", model);
        } else if (path[0].equals("directors") && path.length == 1) {
            model.put("directors", directors.directors(actor).stream().map(Views::director).toList());
            model.put("reminders", Views.deadlines(directors.companiesHouseReminders(actor), clock.today()));
            model.put("roles", Views.options(DirectorRole.values()));
            return page(status, "board/directors.ftlh", "Register of directors", model);
        } else if (path[0].equals("directors") && path.length == 2) {
            model.put("d", Views.director(directors.director(actor, id(path[1]))));
            if (actor.is(Role.SECRETARY)) { // s165: the full date of birth and residential address, for the secretary only
                var p = directors.privateParticulars(actor, id(path[1]));
                model.put("private", Views.map("dateOfBirth", p.dateOfBirth(), "residentialAddress", p.residentialAddress()));
            }
            model.put("roles", Views.options(DirectorRole.values()));
            return page(status, "board/director.ftlh", "Director", model);
        } else if (path[0].equals("psc") && path.length == 1) {
            model.put("entries", psc.entries(actor).stream().map(Views::psc).toList());
            model.put("kinds", Views.options(PscEntry.Kind.values()));
            model.put("noneStatement", PscEntry.NO_REGISTRABLE_PERSON_STATEMENT);
            return page(status, "board/psc.ftlh", "Register of people with significant control", model);
        } else if (path[0].equals("filings") && path.length == 1) {
            model.put("filings", filings.filings(actor).stream().map(Views::filing).toList());
            model.put("next", Views.deadlines(filings.nextDeadlines(actor), clock.today()));
            model.put("kinds", Views.options(CompanyFiling.Kind.values()));
            return page(status, "board/filings.ftlh", "Confirmation statements and accounts", model);
        } else if (path[0].equals("meetings") && path.length == 1) {
            model.put("meetings", meetings.meetings(actor).stream().map(Views::meetingSummary).toList());
            model.put("types", Views.options(MeetingType.values()));
            return page(status, "board/meetings.ftlh", "Meetings", model);
        } else if (path[0].equals("meetings") && path.length == 2) {
            var meeting = meetings.meeting(actor, id(path[1]));
            model.put("m", Views.meeting(meeting));
            model.put("signatures", meeting.minutesApproved()
                    ? meetings.minutesSignatures(actor, meeting.id()).stream().map(Views::signature).toList() : List.of());
            // where a correction to approved minutes can be approved: a later meeting whose minutes are not yet approved
            model.put("laterMeetings", meetings.meetings(actor).stream()
                    .filter(x -> x.startsAt().isAfter(meeting.startsAt()) && !x.minutesApproved())
                    .map(x -> Map.of("id", String.valueOf(x.id()), "label", x.title() + ", " + x.startsAt().toLocalDate()))
                    .toList());
            model.put("statuses", Views.options(Arrays.stream(MeetingStatus.values())
                    .filter(s -> s != MeetingStatus.MINUTES_APPROVED).toArray(MeetingStatus[]::new)));
            model.put("capacities", Views.options(Capacity.values()));
            model.put("attendanceStatuses", Views.options(AttendanceStatus.values()));
            model.put("paragraphs", IntStream.rangeClosed(1, 7).mapToObj(n -> Map.of("id", String.valueOf(n), "label", "Paragraph " + n)).toList());
            return page(status, "board/meeting.ftlh", "Meeting", model);
        } else if (path[0].equals("papers") && path.length == 2) {
            plv.board.api.Paper paper = meetings.paper(actor, id(path[1]));
            byte[] content = meetings.paperContent(actor, id(path[1]));
            return new Reply.Download(paper.pdf() ? "application/pdf" : paper.written() ? "text/plain; charset=UTF-8"
                    : "application/octet-stream", paper.fileName(), true, out -> out.write(content));
        } else if (path[0].equals("written-resolutions") && path.length == 1) {
            model.put("resolutions", resolutions.resolutions(actor).stream().map(Views::resolution).toList());
            model.put("kinds", Views.options(ResolutionKind.values()));
            MemberDirectory directory = memberDirectory;
            if (directory != null) {
                model.put("suggestedMembers", directory.membersOn(actor, clock.today()).size() + " members");
            }
            return page(status, "board/resolutions.ftlh", "Written resolutions", model);
        } else if (path[0].equals("written-resolutions") && path.length == 2) {
            var resolution = resolutions.resolution(actor, id(path[1]));
            model.put("r", Views.resolution(resolution));
            MemberDirectory directory = memberDirectory;
            if (directory != null) {
                Map<String, Object> names = new HashMap<>();
                directory.membersOn(actor, resolution.circulatedOn()).forEach(m -> names.put(m.gssCode(),
                        m.name() + (m.representative() == null ? "" : " (representative: " + m.representative() + ")")));
                model.put("memberNames", names);
            }
            return page(status, "board/resolution.ftlh", "Written resolution", model);
        } else {
            throw new NotFoundException("There is no board page at " + r.servletRequest().getRequestURI() + ".");
        }
    }

    private Reply page(int status, String template, String title, Map<String, Object> model) {
        return new Reply.Page(status, getClass(), template, title, model);
    }

    /** The path below {@code /board}, as segments. */
    private static String[] path(RouteRequest r) {
        var req = r.servletRequest();
        String uri = req.getRequestURI().substring(req.getContextPath().length());
        String info = uri.length() <= "/board".length() ? "" : uri.substring("/board".length()).replaceAll("^/+|/+$", "");
        return info.isEmpty() ? new String[0] : info.split("/");
    }

    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("'" + text + "' is not a record number.");
        }
    }
}
