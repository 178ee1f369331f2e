package plv.board.web.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import plv.board.api.BoardDeadlines;
import plv.board.api.CompanyFilings;
import plv.board.api.DirectorsRegister;
import plv.board.api.Meetings;
import plv.board.api.Paper;
import plv.board.api.PscRegister;
import plv.board.api.WrittenResolutions;
import plv.platform.api.Actor;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The board's pages as routes: overview, directors (register and entry), meetings (list and the meeting with its
 * agenda, attendance, quorum per item, decisions, actions and minutes), papers, filings, the PSC register and written
 * resolutions; any signed-in user reads them ({@link BoardPages}).
 * <p>
 * The company secretary's forms are form routes, one record each ({@link RegisterForms}, {@link MeetingForms},
 * {@link ResolutionForms}). The scheme of their addresses: a form that adds to a page's list posts to the page itself
 * ({@code POST /board/directors} appoints, {@code /board/psc} enters, {@code /board/filings}, {@code /board/meetings},
 * {@code /board/written-resolutions}); any other posts to its page's address followed by a noun for what it records,
 * plural when it adds one of many ({@code /board/directors/{id}/role}, {@code .../cessation},
 * {@code .../identity-verification}, {@code .../notification}; {@code /board/psc/{entry}/cessation};
 * {@code /board/meetings/{id}/status}, {@code .../items}, {@code .../papers-sent}, {@code .../attendance},
 * {@code .../minutes-approval}, {@code .../actions/{action}/completion}, {@code .../papers/{paper}/versions};
 * per agenda item {@code /board/meetings/{id}/items/{item}/description}, {@code .../position}, {@code .../papers},
 * {@code .../written-papers}, {@code .../minute}, {@code .../interests}, {@code .../decision}, {@code .../actions},
 * {@code .../correction}; {@code /board/written-resolutions/{id}/agreements}, {@code .../filing}). A refused form is
 * shown again on its page (400) with each error beside its field ({@link PageForms}); a success redirects to the page.
 * Paper uploads take files up to {@link Paper#MAX_BYTES}.
 */
@Component(service = WebRoutes.class)
public class BoardRoutes implements WebRoutes {
    private static final Access SIGNED_IN = Access.signedIn();

    private final Meetings meetings;
    private final BoardPages pages;
    private final RegisterForms registerForms;
    private final MeetingForms meetingForms;
    private final ResolutionForms resolutionForms;
    /** Present when the members register is installed: suggests the eligible members of a written resolution. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MemberDirectory memberDirectory;

    @Activate
    public BoardRoutes(@Reference DirectorsRegister directors, @Reference Meetings meetings, @Reference WrittenResolutions resolutions,
            @Reference BoardDeadlines deadlines, @Reference PlvClock clock, @Reference CompanyFilings filings, @Reference PscRegister psc) {
        this.meetings = meetings;
        this.pages = new BoardPages(directors, meetings, resolutions, deadlines, clock, filings, psc, () -> memberDirectory);
        this.registerForms = new RegisterForms(directors, psc, filings);
        this.meetingForms = new MeetingForms(meetings);
        this.resolutionForms = new ResolutionForms(resolutions);
    }

    @Override
    public void define(Routes routes) {
        pages.views().forEach((page, view) -> routes.get(page, SIGNED_IN, r -> view.show(r, BoardPages.OnPage.EMPTY)));
        routes.get("/board/papers/{id}", SIGNED_IN, this::paper);
        PageForms forms = new PageForms(routes, pages);
        registerForms.define(forms);
        meetingForms.define(forms);
        resolutionForms.define(forms);
    }

    private Reply paper(RouteRequest r) {
        Actor actor = r.requireActor();
        Paper paper = meetings.paper(actor, BoardPages.id(r.path("id")));
        byte[] content = meetings.paperContent(actor, paper.id());
        return new Reply.Download(paper.pdf() ? "application/pdf" : paper.written() ? "text/plain; charset=UTF-8"
                : "application/octet-stream", paper.fileName(), true, out -> out.write(content));
    }
}
