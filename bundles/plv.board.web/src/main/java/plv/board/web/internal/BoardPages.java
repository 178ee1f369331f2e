package plv.board.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

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
import plv.platform.api.web.CurrentUser;
import plv.platform.api.web.PageRenderer;
import plv.platform.api.time.PlvClock;

/**
 * The board's pages: overview, directors (register and entry), meetings (list and the meeting with its agenda,
 * attendance, quorum per item, decisions, actions and minutes) and written resolutions. Forms post to the page they
 * are on with an {@code op}; {@link BoardActions} carries them out. A refused form is shown again on its page with
 * each error beside its field (see {@link Form#errors}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/board", "/board/*" })
@org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart(enabled = true, maxFileSize = plv.board.api.Paper.MAX_BYTES)
public class BoardPages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient CurrentUser users;
    private final transient PageRenderer pages;
    private final transient DirectorsRegister directors;
    private final transient Meetings meetings;
    private final transient WrittenResolutions resolutions;
    private final transient BoardDeadlines deadlines;
    private final transient BoardActions actions;
    private final transient PlvClock clock;
    private final transient CompanyFilings filings;
    private final transient PscRegister psc;
    /** Present when the members register is installed: suggests the eligible members of a written resolution. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile MemberDirectory memberDirectory;

    @Activate
    public BoardPages(@Reference CurrentUser users, @Reference PageRenderer pages, @Reference DirectorsRegister directors,
            @Reference Meetings meetings, @Reference WrittenResolutions resolutions, @Reference BoardDeadlines deadlines,
            @Reference PlvClock clock, @Reference CompanyFilings filings, @Reference PscRegister psc) {
        this.clock = clock;
        this.filings = filings;
        this.psc = psc;
        this.users = users;
        this.pages = pages;
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.deadlines = deadlines;
        this.actions = new BoardActions(directors, meetings, resolutions, filings, psc);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        show(req, resp, users.require(req), path(req), Map.of(), Map.of(), "");
    }

    /**
     * Carries out the secretary's form; a refused one comes back on the same page with each error beside its field,
     * what was typed kept, and nothing changed.
     */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Actor actor = users.require(req, Role.SECRETARY);
        String[] path = path(req);
        Form form = new Form(req);
        try {
            String back = actions.perform(actor, path, form);
            resp.sendRedirect(req.getContextPath() + back);
        } catch (ValidationException e) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(req, resp, actor, path, form.typed(), form.errors(e), form.key());
        }
    }

    private void show(HttpServletRequest req, HttpServletResponse resp, Actor actor, String[] path, Map<String, String> typed,
            Map<String, String> errors, String failedItem) throws IOException {
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
            render(req, resp, "board/overview.ftlh", "Board", model);
        } else if (path[0].equals("directors") && path.length == 1) {
            model.put("directors", directors.directors(actor).stream().map(Views::director).toList());
            model.put("reminders", Views.deadlines(directors.companiesHouseReminders(actor), clock.today()));
            model.put("roles", Views.options(DirectorRole.values()));
            render(req, resp, "board/directors.ftlh", "Register of directors", model);
        } else if (path[0].equals("directors") && path.length == 2) {
            model.put("d", Views.director(directors.director(actor, id(path[1]))));
            if (actor.is(Role.SECRETARY)) { // s165: the full date of birth and residential address, for the secretary only
                var p = directors.privateParticulars(actor, id(path[1]));
                model.put("private", Views.map("dateOfBirth", p.dateOfBirth(), "residentialAddress", p.residentialAddress()));
            }
            model.put("roles", Views.options(DirectorRole.values()));
            render(req, resp, "board/director.ftlh", "Director", model);
        } else if (path[0].equals("psc") && path.length == 1) {
            model.put("entries", psc.entries(actor).stream().map(Views::psc).toList());
            model.put("kinds", Views.options(PscEntry.Kind.values()));
            model.put("noneStatement", PscEntry.NO_REGISTRABLE_PERSON_STATEMENT);
            render(req, resp, "board/psc.ftlh", "Register of people with significant control", model);
        } else if (path[0].equals("filings") && path.length == 1) {
            model.put("filings", filings.filings(actor).stream().map(Views::filing).toList());
            model.put("next", Views.deadlines(filings.nextDeadlines(actor), clock.today()));
            model.put("kinds", Views.options(CompanyFiling.Kind.values()));
            render(req, resp, "board/filings.ftlh", "Confirmation statements and accounts", model);
        } else if (path[0].equals("meetings") && path.length == 1) {
            model.put("meetings", meetings.meetings(actor).stream().map(Views::meetingSummary).toList());
            model.put("types", Views.options(MeetingType.values()));
            render(req, resp, "board/meetings.ftlh", "Meetings", model);
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
            render(req, resp, "board/meeting.ftlh", "Meeting", model);
        } else if (path[0].equals("papers") && path.length == 2) {
            plv.board.api.Paper paper = meetings.paper(actor, id(path[1]));
            byte[] content = meetings.paperContent(actor, id(path[1]));
            resp.setContentType(paper.pdf() ? "application/pdf" : paper.written() ? "text/plain; charset=UTF-8" : "application/octet-stream");
            String name = paper.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            resp.getOutputStream().write(content);
        } else if (path[0].equals("written-resolutions") && path.length == 1) {
            model.put("resolutions", resolutions.resolutions(actor).stream().map(Views::resolution).toList());
            model.put("kinds", Views.options(ResolutionKind.values()));
            MemberDirectory directory = memberDirectory;
            if (directory != null) {
                model.put("suggestedMembers", directory.membersOn(actor, clock.today()).size() + " members");
            }
            render(req, resp, "board/resolutions.ftlh", "Written resolutions", model);
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
            render(req, resp, "board/resolution.ftlh", "Written resolution", model);
        } else {
            throw new NotFoundException("There is no board page at " + req.getRequestURI() + ".");
        }
    }

    private void render(HttpServletRequest req, HttpServletResponse resp, String template, String title,
            Map<String, Object> model) throws IOException {
        pages.render(req, resp, getClass(), template, title, model);
    }

    private static String[] path(HttpServletRequest req) {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("^/+|/+$", "");
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
