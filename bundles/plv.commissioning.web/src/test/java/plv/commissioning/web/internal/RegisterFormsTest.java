package plv.commissioning.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractPage;
import plv.commissioning.api.ContractQuery;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.KeyDate;
import plv.commissioning.api.ProcurementRoute;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAction;
import plv.commissioning.api.RiskAppetite;
import plv.commissioning.api.RiskAppetites;
import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskDraft.ActionDraft;
import plv.commissioning.api.RiskLog;
import plv.commissioning.api.RiskScore;
import plv.commissioning.api.RiskTrend;
import plv.commissioning.api.SupplierKind;
import plv.commissioning.api.TenderInvitation;
import plv.commissioning.web.internal.ContractForms.ContractForm;
import plv.commissioning.web.internal.RiskForms.ReviewForm;
import plv.commissioning.web.internal.RiskForms.RiskForm;
import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.FieldError;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.time.PlvClock;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.web.api.FormPosts;

/**
 * The risk and contract forms posted to their routes as the shell runs them: bound by the shell's one form reader
 * ({@code FormBinder}), handed to the register, and on a refusal shown again (400) with each error beside its field and
 * what was typed, nothing saved. The registers here are kept in lists and refuse as the real ones do (a due date that is
 * not a date, a reference already used, a stale version), with the real ones' field names and messages; the real ones'
 * checks run in the framework in plv.itest's {@code CommissioningTest}.
 */
class RegisterFormsTest {

    static final Actor OFFICER = new Actor("co", "Commissioning officer", Role.COMMISSIONING_OFFICER, null);
    static final String RISKS = "/commissioning/{programme}/risks";
    static final String CONTRACTS = "/commissioning/{programme}/contracts";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    final RisksInAList log = new RisksInAList();
    final ContractsInAList register = new ContractsInAList();
    final Collected risks = new Collected();
    final Collected contracts = new Collected();

    RegisterFormsTest() {
        ProgrammeRegistry programmes = new ProgrammeRegistry() {
            final Programme sch = () -> PagesRenderTest.PROGRAMME;

            @Override
            public List<Programme> programmes() {
                return List.of(sch);
            }

            @Override
            public Optional<Programme> programme(String id) {
                return Optional.of(sch).filter(p -> p.descriptor().id().equals(id));
            }
        };
        new RiskPages(log, new NoAppetites(), PlvClock.fixedOn(TODAY), programmes).define(risks);
        new ContractPages(register, programmes).define(contracts);
    }

    // ---- the routes

    @Test
    void everyPostedFormIsBoundByTheShellForKeepersOnly() {
        Access keepers = Access.of(RoleGroup.REGISTER_KEEPERS);
        assertThat(risks.forms).containsOnlyKeys(RISKS, RISKS + "/{id}/edit", RISKS + "/{id}/review");
        assertThat(risks.forms.get(RISKS).type()).isEqualTo(RiskForm.class);
        assertThat(risks.forms.get(RISKS + "/{id}/edit").type()).isEqualTo(RiskForm.class);
        assertThat(risks.forms.get(RISKS + "/{id}/review").type()).isEqualTo(ReviewForm.class);
        assertThat(contracts.forms).containsOnlyKeys(CONTRACTS, CONTRACTS + "/{id}/edit");
        assertThat(contracts.forms.values()).allSatisfy(f -> assertThat(f.type()).isEqualTo(ContractForm.class));
        assertThat(risks.forms.values()).extracting(Form::access).containsOnly(keepers);
        assertThat(contracts.forms.values()).extracting(Form::access).containsOnly(keepers);
        assertThat(risks.posts).as("no POST route reads a form by hand").isEmpty();
        assertThat(contracts.posts).isEmpty();
        assertThat(risks.gets).containsEntry(RISKS + "/new", keepers).containsEntry(RISKS + "/{id}/edit", keepers)
                .containsEntry(RISKS, Access.of(RoleGroup.REGISTER_READERS));
    }

    // ---- risks

    static Map<String, String[]> risk(String... more) {
        Map<String, String[]> f = posted("csrf", "token-1", "title", "Workforce shortfall", "category", "operational", "owner", "Director",
                "inherentLikelihood", "4", "inherentImpact", "5", "currentLikelihood", "3", "currentImpact", "4", "targetLikelihood", "1",
                "targetImpact", "4", "targetDate", "2027-12-31", "controls", "Agency cover");
        f.putAll(posted(more));
        return f;
    }

    @Test
    void aNewRiskBindsItsFurtherActionsFromTheRepeatedGroups() throws Exception {
        Reply reply = post(risks, RISKS, Map.of(), risk("actionDescription-0", "Recruit a workforce lead", "actionOwner-0", "Director",
                "actionDueDate-0", "2027-06-30", "actionDescription-1", "Train the night staff", "actionOwner-1", "Registered manager",
                "actionDueDate-1", "2027-09-30", "actionDescription-2", "", "actionOwner-2", "", "actionDueDate-2", ""));

        assertThat(reply).isEqualTo(Reply.redirect("/commissioning/secure-childrens-home/risks/1"));
        RiskDraft saved = log.drafts.get(0);
        assertThat(saved.title()).isEqualTo("Workforce shortfall");
        assertThat(saved.category()).isEqualTo("operational");
        assertThat(saved.targetDate()).isEqualTo("2027-12-31");
        assertThat(saved.actions()).containsExactly(new ActionDraft("Recruit a workforce lead", "Director", "2027-06-30"),
                new ActionDraft("Train the night staff", "Registered manager", "2027-09-30"), new ActionDraft(null, null, null));
        assertThat(log.get(OFFICER, "secure-childrens-home", 1).actions()).extracting(RiskAction::dueDate)
                .containsExactly(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 30));
    }

    @Test
    void aBadDueDateIsRefusedBesideItsFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
        Reply reply = post(risks, RISKS, Map.of(), risk("actionDescription-0", "Recruit a workforce lead", "actionOwner-0", "Director",
                "actionDueDate-0", "2027-06-30", "actionDescription-1", "Train the night staff", "actionOwner-1", "Registered manager",
                "actionDueDate-1", "2027-02-30"));

        Reply.Page page = refusedPage(reply, "commissioning/risk-form.ftlh");
        assertThat(errors(page)).containsExactly(Map.entry("actionDueDate-1",
                "Action 2 due date '2027-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31."));
        assertThat(typed(page)).containsEntry("actionDueDate-1", "2027-02-30").containsEntry("actionOwner-0", "Director")
                .containsEntry("title", "Workforce shortfall");
        assertThat(log.list(OFFICER, "secure-childrens-home")).isEmpty();

        String html = render(page);
        assertThat(html).contains("id=\"actionDueDate-1-error\"").contains("Action 2 due date &#39;2027-02-30&#39; is not a date")
                .contains("name=\"actionDueDate-1\" type=\"date\"").contains("value=\"2027-02-30\"")
                .contains("value=\"Train the night staff\"").contains("name=\"actionDescription-3\"")
                .doesNotContain("action2DueDate");
    }

    @Test
    void anEditSavesFromTheVersionItWasOpenedAtAndAStaleOneIsRefused() throws Exception {
        Risk stored = log.add(OFFICER, "secure-childrens-home", new RiskDraft("Workforce shortfall", "operational", "Director", "4", "5",
                "3", "4", "1", "4", "", "", List.of()));
        Map<String, String> id = Map.of("id", String.valueOf(stored.id()));
        String opened = String.valueOf(stored.version());

        assertThat(post(risks, RISKS + "/{id}/edit", id, risk("title", "Workforce shortfall in the night team", "version", opened)))
                .isEqualTo(Reply.redirect("/commissioning/secure-childrens-home/risks/" + stored.id()));
        assertThat(log.get(OFFICER, "secure-childrens-home", stored.id()).version()).isEqualTo(stored.version() + 1);

        assertThatThrownBy(() -> post(risks, RISKS + "/{id}/edit", id, risk("title", "A second edit from the old page", "version", opened)))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("Someone else changed risk SCH-R01")
                .hasMessageContaining("nothing was saved");
        assertThat(log.get(OFFICER, "secure-childrens-home", stored.id()).title()).isEqualTo("Workforce shortfall in the night team");

        Reply.Page lost = refusedPage(post(risks, RISKS + "/{id}/edit", id, risk("title", "No version")), "commissioning/risk-form.ftlh");
        assertThat(errors(lost)).containsOnlyKeys("version");
        assertThat(errors(lost).get("version")).contains("reload the page");
        Reply.Page notANumber = refusedPage(post(risks, RISKS + "/{id}/edit", id, risk("version", "three")),
                "commissioning/risk-form.ftlh");
        assertThat(errors(notANumber)).containsOnlyKeys("version");
        assertThat(log.get(OFFICER, "secure-childrens-home", stored.id()).title()).isEqualTo("Workforce shortfall in the night team");
    }

    @Test
    void theEditFormShowsTheStoredActionsAsGroupsAndSpareRows() throws Exception {
        Risk stored = log.add(OFFICER, "secure-childrens-home", new RiskDraft("Workforce shortfall", "operational", "Director", "4", "5",
                "3", "4", "1", "4", "", "", List.of(new ActionDraft("Recruit", "Director", "2027-06-30"))));
        Map<String, String> values = RiskForms.form(stored);
        assertThat(values).containsEntry("actionDescription-0", "Recruit").containsEntry("actionDueDate-0", "2027-06-30")
                .containsEntry("version", String.valueOf(stored.version()));
        assertThat(RiskForms.actionRows(values)).isEqualTo(1 + RiskForms.SPARE_ACTION_ROWS);
        assertThat(RiskForms.actionRows(Map.of())).isEqualTo(RiskForms.SPARE_ACTION_ROWS);
        assertThat(RiskForms.actionRows(Map.of("actionDescription-0", "", "actionDescription-4", "x"))).isEqualTo(5 + RiskForms.SPARE_ACTION_ROWS);
        assertThat(RiskForms.formField("action12Owner")).isEqualTo("actionOwner-11");
        assertThat(RiskForms.formField("targetDate")).isEqualTo("targetDate");
    }

    @Test
    void aReviewIsBoundAndARefusedOneComesBackOnTheRiskPage() throws Exception {
        Risk stored = log.add(OFFICER, "secure-childrens-home", new RiskDraft("Workforce shortfall", "operational", "Director", "4", "5",
                "3", "4", "1", "4", "", "", List.of()));
        Map<String, String> id = Map.of("id", String.valueOf(stored.id()));
        Reply.Page refused = refusedPage(post(risks, RISKS + "/{id}/review", id, posted("likelihood", "9", "impact", "4", "note", "Checked",
                "version", String.valueOf(stored.version()))), "commissioning/risk.ftlh");
        assertThat(errors(refused)).containsOnlyKeys("likelihood");
        assertThat(typed(refused)).containsEntry("likelihood", "9").containsEntry("note", "Checked");
        assertThat(log.reviews).isEmpty();

        assertThat(post(risks, RISKS + "/{id}/review", id, posted("likelihood", "2", "impact", "4", "note", "Checked", "version",
                String.valueOf(stored.version())))).isEqualTo(Reply.redirect("/commissioning/secure-childrens-home/risks/1#reviews"));
        assertThat(log.reviews).containsExactly("1 v" + stored.version() + ": 2 x 4, Checked");
    }

    // ---- contracts

    static Map<String, String[]> contract(String... more) {
        Map<String, String[]> f = posted("csrf", "token-1", "reference", "SCH-C001", "title", "Secure transport", "department", "SCH",
                "description", "Escorts", "supplierName", "Transport Ltd", "supplierRegistrationNumber", "01234567", "supplierAddress",
                "1 High Street", "charityNumber", "", "vatNumber", "GB123", "sme", "yes", "vcse", "no", "tenderInvitation", "tender",
                "redactedFields", "", "redactionReason", "", "value", "£1,250,000.00", "annualValue", "250000", "irrecoverableVat", "",
                "exemptParagraph", "", "startDate", "2027-01-01", "endDate", "2029-12-31", "reviewDate", "", "dateSigned", "2026-12-01",
                "procurementRoute", "open", "status", "pending", "extensionOptionCount", "2", "extensionOptionMonths", "12",
                "extensionNoticeMonths", "3", "optionsExercised", "0");
        f.putAll(posted(more));
        return f;
    }

    @Test
    void aContractIsAddedThenEditedFromTheForm() throws Exception {
        assertThat(post(contracts, CONTRACTS, Map.of(), contract())).isEqualTo(Reply.redirect("/commissioning/secure-childrens-home/contracts/1"));
        ContractDraft added = register.drafts.get(0);
        assertThat(added).isEqualTo(new ContractDraft("SCH-C001", "Secure transport", "SCH", "Escorts", "Transport Ltd", "01234567", null,
                "£1,250,000.00", "250000", null, null, "2027-01-01", "2029-12-31", null, "2026-12-01", "open", "pending", "2", "12", "3",
                "0", "1 High Street", null, "GB123", "yes", "no", "tender", null, null));

        Contract stored = register.get(OFFICER, "secure-childrens-home", 1);
        Map<String, String> id = Map.of("id", "1");
        assertThat(post(contracts, CONTRACTS + "/{id}/edit", id, contract("title", "Secure transport and escorts", "version",
                String.valueOf(stored.version())))).isEqualTo(Reply.redirect("/commissioning/secure-childrens-home/contracts/1"));
        assertThat(register.get(OFFICER, "secure-childrens-home", 1).title()).isEqualTo("Secure transport and escorts");

        // an editor who may not see withheld values posts none, and never answered SME or VCSE: both stay answered "no"
        Map<String, String[]> withheld = contract("version", String.valueOf(stored.version() + 1));
        List.of("value", "annualValue", "irrecoverableVat", "exemptParagraph", "sme", "vcse").forEach(withheld::remove);
        post(contracts, CONTRACTS + "/{id}/edit", id, withheld);
        ContractDraft edited = register.drafts.get(register.drafts.size() - 1);
        assertThat(edited.value()).isNull();
        assertThat(edited.sme()).isEmpty();
        assertThat(edited.vcse()).isEmpty();

        assertThatThrownBy(() -> post(contracts, CONTRACTS + "/{id}/edit", id, contract("title", "From an old page", "version",
                String.valueOf(stored.version())))).isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Someone else changed contract SCH-C001");
        assertThat(register.get(OFFICER, "secure-childrens-home", 1).title()).isEqualTo("Secure transport");
    }

    @Test
    void aRefusedContractComesBackWithItsErrorsAndWhatWasTypedAndNothingIsAdded() throws Exception {
        post(contracts, CONTRACTS, Map.of(), contract());
        Reply.Page page = refusedPage(post(contracts, CONTRACTS, Map.of(), contract("title", "Another <b>contract</b>")),
                "commissioning/contract-form.ftlh");
        assertThat(errors(page)).containsExactly(Map.entry("reference",
                "Reference SCH-C001 is already in this programme's contract register; give each contract its own reference."));
        assertThat(typed(page)).containsEntry("title", "Another <b>contract</b>").containsEntry("value", "£1,250,000.00");
        assertThat(register.list(OFFICER, "secure-childrens-home")).hasSize(1);
        String html = render(page);
        assertThat(html).contains("id=\"reference-error\"").contains("value=\"Another &lt;b&gt;contract&lt;/b&gt;\"")
                .contains("action=\"/commissioning/secure-childrens-home/contracts\"");

        Reply.Page tooLong = refusedPage(post(contracts, CONTRACTS + "/{id}/edit", Map.of("id", "1"),
                contract("version", "0", "description", "x".repeat(10_001))), "commissioning/contract-form.ftlh");
        assertThat(errors(tooLong)).containsOnlyKeys("description");
        assertThat(register.get(OFFICER, "secure-childrens-home", 1).description()).isEqualTo("Escorts");
    }

    // ---- how the tests post and read pages

    static Map<String, String[]> posted(String... pairs) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], new String[] { pairs[i + 1] });
        }
        return m;
    }

    static Reply post(Collected routes, String pattern, Map<String, String> path, Map<String, String[]> fields) throws Exception {
        Form<?> form = routes.forms.get(pattern);
        assertThat(form).as("a form route at %s", pattern).isNotNull();
        Map<String, String> params = new HashMap<>(path);
        params.put("programme", "secure-childrens-home");
        return form.post(new Asking(OFFICER, params), fields);
    }

    static Reply.Page refusedPage(Reply reply, String template) {
        assertThat(reply).isInstanceOf(Reply.Page.class);
        Reply.Page page = (Reply.Page) reply;
        assertThat(page.status()).as("a refused form answers 400").isEqualTo(400);
        assertThat(page.template()).isEqualTo(template);
        return page;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> errors(Reply.Page page) {
        return (Map<String, String>) page.model().get("errors");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> typed(Reply.Page page) {
        return (Map<String, String>) page.model().get("form");
    }

    static String render(Reply.Page page) throws Exception {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("csrf", "token-1");
        StringWriter out = new StringWriter();
        PagesRenderTest.configuration().getTemplate(page.template()).process(model, out);
        return out.toString();
    }

    /** A form route as declared. */
    record Form<T extends Record>(Class<T> type, Access access, Routes.FormPage page, Routes.FormAction<T> action) {
        Reply post(RouteRequest request, Map<String, String[]> fields) throws Exception {
            return FormPosts.run(type, page, action, request, fields::get);
        }
    }

    /** What a page class declares. */
    static final class Collected implements Routes {
        final Map<String, Form<?>> forms = new LinkedHashMap<>();
        final Map<String, Access> gets = new LinkedHashMap<>();
        final Map<String, Access> posts = new LinkedHashMap<>();

        @Override
        public Routes get(String pattern, Access access, Handler handler) {
            gets.put(pattern, access);
            return this;
        }

        @Override
        public Routes post(String pattern, Access access, Handler handler) {
            posts.put(pattern, access);
            return this;
        }

        @Override
        public <T extends Record> Routes form(String pattern, Access access, Class<T> type, FormPage form, FormAction<T> action) {
            forms.put(pattern, new Form<>(type, access, form, action));
            return this;
        }

        @Override
        public Routes upload(String pattern, Access access, long maxFileBytes, Handler handler) {
            posts.put(pattern, access);
            return this;
        }

        @Override
        public <T extends Record> Routes upload(String pattern, Access access, long maxFileBytes, Class<T> type, FormPage form,
                FormAction<T> action) {
            forms.put(pattern, new Form<>(type, access, form, action));
            return this;
        }

        @Override
        public Routes put(String pattern, Access access, Handler handler) {
            return this;
        }

        @Override
        public Routes delete(String pattern, Access access, Handler handler) {
            return this;
        }
    }

    /** A signed-in request to a route, with its path parameters. */
    record Asking(Actor actor0, Map<String, String> params) implements RouteRequest {
        @Override
        public Optional<Actor> actor() {
            return Optional.of(actor0);
        }

        @Override
        public Actor requireActor() {
            return actor0;
        }

        @Override
        public String path(String name) {
            return params.get(name);
        }

        @Override
        public long pathLong(String name) {
            return Long.parseLong(params.get(name));
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Part> file(String name) {
            return Optional.empty();
        }

        @Override
        public <T> T json(Class<T> type, int maxBytes) {
            throw new UnsupportedOperationException("a form route reads no JSON");
        }

        @Override
        public void flash(String message) {
            // the next page is not rendered here
        }

        @Override
        public HttpServletRequest servletRequest() {
            throw new UnsupportedOperationException("a form route reads its fields through the shell's binder");
        }
    }

    /** No appetite set for any category. */
    static final class NoAppetites implements RiskAppetites {
        @Override
        public List<RiskAppetite> inForce(Actor actor, LocalDate day) {
            return List.of();
        }

        @Override
        public List<RiskAppetite> history(Actor actor) {
            return List.of();
        }

        @Override
        public RiskAppetite set(Actor actor, RiskCategory category, int appetite, LocalDate effectiveFrom, String decisionReference) {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * A risk log kept in a list. Like the real one it refuses, naming the field as the real one does, an action's due
     * date that is not a date and a score that is not 1 to 5 (nothing kept then), and a stale version.
     */
    static final class RisksInAList implements RiskLog {
        final List<RiskDraft> drafts = new ArrayList<>();
        final List<Risk> risks = new ArrayList<>();
        final List<String> reviews = new ArrayList<>();

        @Override
        public List<Risk> list(Actor actor, String programmeId) {
            return List.copyOf(risks);
        }

        @Override
        public Risk get(Actor actor, String programmeId, long id) {
            return risks.get((int) id - 1);
        }

        @Override
        public Risk add(Actor actor, String programmeId, RiskDraft draft) {
            Risk r = risk(risks.size() + 1, draft, 0);
            drafts.add(draft);
            risks.add(r);
            return r;
        }

        @Override
        public Risk update(Actor actor, String programmeId, long id, long expectedVersion, RiskDraft draft) {
            Risk stored = get(actor, programmeId, id);
            Risk r = risk(id, draft, stored.version() + 1);
            if (stored.version() != expectedVersion) {
                throw new ConcurrentChangeException("risk " + stored.reference());
            }
            drafts.add(draft);
            risks.set((int) id - 1, r);
            return r;
        }

        @Override
        public Risk review(Actor actor, String programmeId, long id, long expectedVersion, String likelihood, String impact, String note) {
            Risk stored = get(actor, programmeId, id);
            List<FieldError> errors = new ArrayList<>();
            score("likelihood", likelihood, errors);
            score("impact", impact, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (stored.version() != expectedVersion) {
                throw new ConcurrentChangeException("risk " + stored.reference());
            }
            reviews.add(id + " v" + expectedVersion + ": " + likelihood + " x " + impact + ", " + note);
            return stored;
        }

        private static Risk risk(long id, RiskDraft d, long version) {
            List<FieldError> errors = new ArrayList<>();
            int il = score("inherentLikelihood", d.inherentLikelihood(), errors);
            int ii = score("inherentImpact", d.inherentImpact(), errors);
            int cl = score("currentLikelihood", d.currentLikelihood(), errors);
            int ci = score("currentImpact", d.currentImpact(), errors);
            int tl = score("targetLikelihood", d.targetLikelihood(), errors);
            int ti = score("targetImpact", d.targetImpact(), errors);
            List<RiskAction> actions = new ArrayList<>();
            for (int i = 0; i < d.actions().size(); i++) {
                ActionDraft a = d.actions().get(i);
                if (a.description() == null && a.owner() == null && a.dueDate() == null) {
                    continue;
                }
                try {
                    actions.add(new RiskAction(a.description(), a.owner(), LocalDate.parse(a.dueDate())));
                } catch (RuntimeException e) {
                    errors.add(new FieldError("action" + (i + 1) + "DueDate", "Action " + (i + 1) + " due date '" + a.dueDate()
                            + "' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31."));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return new Risk(id, PagesRenderTest.PROGRAMME.id(), "SCH-R0" + id, d.title(), RiskCategory.byId(d.category()).orElseThrow(),
                    d.owner(), new RiskScore(il, ii), new RiskScore(cl, ci), new RiskScore(tl, ti),
                    d.targetDate() == null || d.targetDate().isEmpty() ? null : LocalDate.parse(d.targetDate()), d.controls(), actions,
                    RiskTrend.NEW, TODAY, TODAY.plusDays(60), false, List.of(), version);
        }

        private static int score(String field, String typed, List<FieldError> errors) {
            String label = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
            try {
                int n = Integer.parseInt(typed);
                if (n >= 1 && n <= 5) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            errors.add(new FieldError(field, Character.toUpperCase(label.charAt(0)) + label.substring(1)
                    + " must be a whole number from 1 to 5, not '" + typed + "'."));
            return 1;
        }

        @Override
        public Risk accept(Actor actor, String programmeId, long id, long expectedVersion, String until, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KeyDate> acceptancesEnding(Actor actor, LocalDate to) {
            return List.of();
        }

        @Override
        public Risk flagForReview(Actor actor, String programmeId, String reference, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KeyDate> reviewsDue(Actor actor, LocalDate from, LocalDate to) {
            return List.of();
        }
    }

    /** A contract register kept in a list; like the real one it refuses a reference already used, and a stale version. */
    static final class ContractsInAList implements ContractRegister {
        final List<ContractDraft> drafts = new ArrayList<>();
        final List<Contract> contracts = new ArrayList<>();

        @Override
        public List<Contract> list(Actor actor, String programmeId) {
            return List.copyOf(contracts);
        }

        @Override
        public Contract get(Actor actor, String programmeId, long id) {
            return contracts.get((int) id - 1);
        }

        @Override
        public Contract add(Actor actor, String programmeId, ContractDraft draft) {
            if (contracts.stream().anyMatch(c -> c.reference().equals(draft.reference()))) {
                throw new ValidationException("reference", "Reference " + draft.reference()
                        + " is already in this programme's contract register; give each contract its own reference.");
            }
            drafts.add(draft);
            Contract c = contract(contracts.size() + 1, draft, 0);
            contracts.add(c);
            return c;
        }

        @Override
        public Contract update(Actor actor, String programmeId, long id, long expectedVersion, ContractDraft draft) {
            Contract stored = get(actor, programmeId, id);
            if (stored.version() != expectedVersion) {
                throw new ConcurrentChangeException("contract " + stored.reference());
            }
            drafts.add(draft);
            Contract c = contract(id, draft, stored.version() + 1);
            contracts.set((int) id - 1, c);
            return c;
        }

        private static Contract contract(long id, ContractDraft d, long version) {
            return new Contract(id, PagesRenderTest.PROGRAMME.id(), d.reference(), d.title(), d.department(), d.description(),
                    d.supplierName(), "", SupplierKind.SME, 125_000_000L, null, null, false, null, LocalDate.parse(d.startDate()),
                    LocalDate.parse(d.endDate()), null, null, ProcurementRoute.OPEN, ContractStatus.PENDING, 0, 0, 3, 0, List.of(),
                    LocalDate.parse(d.endDate()), LocalDate.parse(d.endDate()), version, "", "", "", true, false, TenderInvitation.TENDER,
                    Set.of(), "");
        }

        @Override
        public void transparencyRows(Actor actor, String programmeId, Consumer<List<String>> row) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ContractPage search(Actor actor, ContractQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KeyDate> keyDates(Actor actor, LocalDate from, LocalDate to) {
            return List.of();
        }
    }
}
