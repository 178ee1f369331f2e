package plv.board.web.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import plv.board.api.AttendanceStatus;
import plv.board.api.BoardDeadlines;
import plv.board.api.Capacity;
import plv.board.api.CompanyFiling;
import plv.board.api.CompanyFilings;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.PscEntry;
import plv.board.api.PscRegister;
import plv.board.api.ResolutionKind;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;

/**
 * Renders the board's pages (overview, directors and a director, PSC register, filings, meetings and a meeting, written
 * resolutions and a resolution) with the secretary's forms on them, empty or, after a refusal, as {@link OnPage} says.
 */
final class BoardPages {
    private final DirectorsRegister directors;
    private final Meetings meetings;
    private final WrittenResolutions resolutions;
    private final BoardDeadlines deadlines;
    private final PlvClock clock;
    private final CompanyFilings filings;
    private final PscRegister psc;
    private final Supplier<MemberDirectory> memberDirectory;
    private final Map<String, View> views;

    BoardPages(DirectorsRegister directors, Meetings meetings, WrittenResolutions resolutions, BoardDeadlines deadlines,
            PlvClock clock, CompanyFilings filings, PscRegister psc, Supplier<MemberDirectory> memberDirectory) {
        this.directors = directors;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.deadlines = deadlines;
        this.clock = clock;
        this.filings = filings;
        this.psc = psc;
        this.memberDirectory = memberDirectory;
        Map<String, View> byPattern = new LinkedHashMap<>();
        byPattern.put("/board", this::overview);
        byPattern.put("/board/directors", this::directorsPage);
        byPattern.put("/board/directors/{id}", this::directorPage);
        byPattern.put("/board/psc", this::pscPage);
        byPattern.put("/board/filings", this::filingsPage);
        byPattern.put("/board/meetings", this::meetingsPage);
        byPattern.put("/board/meetings/{id}", this::meetingPage);
        byPattern.put("/board/written-resolutions", this::resolutionsPage);
        byPattern.put("/board/written-resolutions/{id}", this::resolutionPage);
        this.views = java.util.Collections.unmodifiableMap(byPattern);
    }

    /**
     * What the page's forms show: what was typed and the errors, by the ids the page gives the fields, the agenda item
     * whose forms are to be open, and the status (400 after a refusal).
     */
    record OnPage(Map<String, String> typed, Map<String, String> errors, String failedItem, int status) {
        static final OnPage EMPTY = new OnPage(Map.of(), Map.of(), "", 200);
    }

    /** Draws one board page for a request, with its forms as {@link OnPage} says. */
    @FunctionalInterface
    interface View {
        Reply.Page show(RouteRequest r, OnPage on);
    }

    /**
     * The board's pages by the address pattern each is a route of ({@link BoardRoutes}); a refused form shows its page
     * again through the same view ({@link PageForms}).
     */
    Map<String, View> views() {
        return views;
    }

    /** The page whose address pattern is {@code pattern}. */
    Reply.Page show(String pattern, RouteRequest r, OnPage on) {
        View view = views.get(pattern);
        if (view == null) {
            throw new IllegalArgumentException("No board page has the address " + pattern);
        }
        return view.show(r, on);
    }

    private Reply.Page overview(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        model.put("deadlines", Views.deadlines(deadlines.upcoming(actor, clock.today(), 60), clock.today()));
        model.put("meetings", meetings.meetings(actor).stream().map(Views::meetingSummary).toList());
        return page(on, "board/overview.ftlh", "Board", model);
    }

    private Reply.Page directorsPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        model.put("directors", directors.directors(actor).stream().map(Views::director).toList());
        model.put("reminders", Views.deadlines(directors.companiesHouseReminders(actor), clock.today()));
        model.put("roles", Views.options(DirectorRole.values()));
        return page(on, "board/directors.ftlh", "Register of directors", model);
    }

    private Reply.Page directorPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        long id = id(r.path("id"));
        model.put("d", Views.director(directors.director(actor, id)));
        if (actor.is(Role.SECRETARY)) { // s165: the full date of birth and residential address, for the secretary only
            var p = directors.privateParticulars(actor, id);
            model.put("private", Views.map("dateOfBirth", p.dateOfBirth(), "residentialAddress", p.residentialAddress()));
        }
        model.put("roles", Views.options(DirectorRole.values()));
        return page(on, "board/director.ftlh", "Director", model);
    }

    private Reply.Page pscPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        model.put("entries", psc.entries(actor).stream().map(Views::psc).toList());
        model.put("kinds", Views.options(PscEntry.Kind.values()));
        model.put("noneStatement", PscEntry.NO_REGISTRABLE_PERSON_STATEMENT);
        return page(on, "board/psc.ftlh", "Register of people with significant control", model);
    }

    private Reply.Page filingsPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        model.put("filings", filings.filings(actor).stream().map(Views::filing).toList());
        model.put("next", Views.deadlines(filings.nextDeadlines(actor), clock.today()));
        model.put("kinds", Views.options(CompanyFiling.Kind.values()));
        return page(on, "board/filings.ftlh", "Confirmation statements and accounts", model);
    }

    private Reply.Page meetingsPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        model.put("meetings", meetings.meetings(actor).stream().map(Views::meetingSummary).toList());
        model.put("types", Views.options(MeetingType.values()));
        return page(on, "board/meetings.ftlh", "Meetings", model);
    }

    private Reply.Page meetingPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        var meeting = meetings.meeting(actor, id(r.path("id")));
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
        return page(on, "board/meeting.ftlh", "Meeting", model);
    }

    private Reply.Page resolutionsPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        model.put("resolutions", resolutions.resolutions(actor).stream().map(Views::resolution).toList());
        model.put("kinds", Views.options(ResolutionKind.values()));
        MemberDirectory directory = memberDirectory.get();
        if (directory != null) {
            model.put("suggestedMembers", directory.membersOn(actor, clock.today()).size() + " members");
        }
        return page(on, "board/resolutions.ftlh", "Written resolutions", model);
    }

    private Reply.Page resolutionPage(RouteRequest r, OnPage on) {
        Actor actor = r.requireActor();
        Map<String, Object> model = model(actor, on);
        var resolution = resolutions.resolution(actor, id(r.path("id")));
        model.put("r", Views.resolution(resolution));
        MemberDirectory directory = memberDirectory.get();
        if (directory != null) {
            Map<String, Object> names = new HashMap<>();
            directory.membersOn(actor, resolution.circulatedOn()).forEach(m -> names.put(m.gssCode(),
                    m.name() + (m.representative() == null ? "" : " (representative: " + m.representative() + ")")));
            model.put("memberNames", names);
        }
        return page(on, "board/resolution.ftlh", "Written resolution", model);
    }

    /** What every board page's model holds: who is asking, today, and the state of a refused form. */
    private Map<String, Object> model(Actor actor, OnPage on) {
        Map<String, Object> model = new HashMap<>();
        model.put("secretary", actor.is(Role.SECRETARY));
        model.put("mayReadExempt", actor.mayReadCompanyExempt());
        model.put("today", clock.today().toString());
        model.put("form", on.typed());
        model.put("errors", on.errors());
        model.put("failedItem", on.failedItem());
        return model;
    }

    private Reply.Page page(OnPage on, String template, String title, Map<String, Object> model) {
        return new Reply.Page(on.status(), getClass(), template, title, model);
    }

    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("'" + text + "' is not a record number.");
        }
    }
}
