package plv.commissioning.web.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractNotice;
import plv.commissioning.api.ContractNotices;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.NoticeKind;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.FormState;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The Procurement Act 2023 notices of the contract registers: {@code /contract-notices} lists those due across every
 * programme (and {@code /api/contract-notices} as JSON); {@code /contract-notices/{programme}/{id}} shows one contract's
 * notices, recorded and expected, where a commissioning officer records a notice or that one was published.
 */
@Component(service = WebRoutes.class)
public class ContractNoticePages implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    private static final Access KEEPERS = Access.of(RoleGroup.REGISTER_KEEPERS);
    /** How far ahead the list of notices due looks. */
    static final int DAYS_AHEAD = 90;
    private static final String CONTRACT = "/contract-notices/{programme}/{id}";

    /** A notice recorded (published or still to be). */
    public record NoticeForm(@Required @Label("Notice") NoticeKind kind, @Required @Label("Reports") LocalDate eventDate,
            @Label("Published on") LocalDate publishedOn, @MaxLength(100) @Label("Notice reference") String noticeReference) {
    }

    /** A recorded notice now published. */
    public record PublishedForm(@Required @Label("Published on") LocalDate publishedOn,
            @MaxLength(100) @Label("Notice reference") String noticeReference, @Required Long version) {
    }

    /** A line of the JSON answer and the page of notices due. */
    public record Due(String programmeId, String programme, long contractId, String contractReference, String contractTitle, String kind,
            String section, LocalDate eventDate, LocalDate dueDate, boolean overdue) {
    }

    private final ContractNotices notices;
    private final ContractRegister contracts;
    private final ProgrammeRegistry programmes;
    private final PlvClock clock;

    @Activate
    public ContractNoticePages(@Reference ContractNotices notices, @Reference ContractRegister contracts,
            @Reference ProgrammeRegistry programmes, @Reference PlvClock clock) {
        this.notices = notices;
        this.contracts = contracts;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/contract-notices", READERS, this::due)
                .get("/api/contract-notices", READERS, r -> Reply.json(due(r.requireActor())))
                .get(CONTRACT, READERS, r -> page(r, FormState.empty()))
                .form(CONTRACT, KEEPERS, NoticeForm.class, this::page, this::record)
                .form(CONTRACT + "/{notice}/published", KEEPERS, PublishedForm.class, this::page, this::published);
    }

    private Reply due(RouteRequest r) {
        Map<String, Object> model = new HashMap<>();
        model.put("until", clock.today().plusDays(DAYS_AHEAD));
        model.put("notices", due(r.requireActor()));
        return Reply.page(getClass(), "commissioning/contract-notices.ftlh", "Procurement Act 2023 notices due", model);
    }

    private List<Due> due(Actor actor) {
        LocalDate today = clock.today();
        return notices.due(actor, today.plusDays(DAYS_AHEAD)).stream().filter(n -> programmes.programme(n.programmeId()).isPresent())
                .map(n -> new Due(n.programmeId(), programmes.programme(n.programmeId()).map(p -> p.descriptor().name()).orElse(n.programmeId()),
                        n.contractId(), n.contractReference(), n.contractTitle(), n.kind().label(), n.kind().section(), n.eventDate(),
                        n.dueDate(), n.overdueOn(today)))
                .toList();
    }

    private Reply.Page page(RouteRequest r, FormState state) {
        Actor actor = r.requireActor();
        ProgrammeDescriptor p = programme(r);
        Contract c = contracts.get(actor, p.id(), r.pathLong("id"));
        LocalDate today = clock.today();
        Map<String, Object> model = new HashMap<>();
        model.put("contract", c);
        model.put("notices", notices.forContract(actor, p.id(), c.id()));
        model.put("today", today);
        model.put("underTheAct", c.dateSigned() != null && !c.dateSigned().isBefore(ContractNotices.ACT_IN_FORCE));
        model.put("contractPath", CommissioningPaths.contracts(p.id()) + "/" + c.id());
        model.put("formPath", "/contract-notices/" + p.id() + "/" + c.id());
        model.put("mayEdit", actor.in(RoleGroup.REGISTER_KEEPERS));
        model.put("kinds", Arrays.stream(NoticeKind.values()).map(k -> new ContractForms.Option(k.id(), k.label() + " (" + k.section() + ")"))
                .toList());
        return Reply.page(getClass(), "commissioning/contract-notice.ftlh", p.name() + ": notices of " + c.reference(), model)
                .withForm(state);
    }

    private Reply record(RouteRequest r, NoticeForm form) {
        ProgrammeDescriptor p = programme(r);
        ContractNotice n = notices.record(r.requireActor(), p.id(), r.pathLong("id"), form.kind(), form.eventDate(), form.publishedOn(),
                form.noticeReference());
        return Reply.redirect("/contract-notices/" + p.id() + "/" + n.contractId(), "Recorded the " + n.kind().label().toLowerCase(java.util.Locale.UK)
                + " of " + n.contractReference() + (n.publishedOn() == null ? ", due by " + n.dueDate() : ", published on " + n.publishedOn()) + ".");
    }

    private Reply published(RouteRequest r, PublishedForm form) {
        ProgrammeDescriptor p = programme(r);
        ContractNotice n = notices.published(r.requireActor(), p.id(), r.pathLong("id"), r.pathLong("notice"), form.version(),
                form.publishedOn(), form.noticeReference());
        return Reply.redirect("/contract-notices/" + p.id() + "/" + n.contractId(), "Recorded the " + n.kind().label().toLowerCase(java.util.Locale.UK)
                + " of " + n.contractReference() + " as published on " + n.publishedOn() + ".");
    }

    private ProgrammeDescriptor programme(RouteRequest r) {
        String id = r.path("programme");
        return programmes.programme(id).map(pr -> pr.descriptor())
                .orElseThrow(() -> new NotFoundException("There is no programme '" + id + "' installed."));
    }
}
