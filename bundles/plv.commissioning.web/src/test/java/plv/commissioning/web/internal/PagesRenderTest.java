package plv.commissioning.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import plv.platform.web.templates.PageTemplates;
import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.ExtensionOption;
import plv.commissioning.api.ProcurementRoute;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAction;
import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskReview;
import plv.commissioning.api.RiskScore;
import plv.commissioning.api.RiskTrend;
import plv.commissioning.api.SupplierKind;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeStatus;

/** Every register template rendered as the shell renders it, with hostile text in the slots and optional fields empty. */
class PagesRenderTest {

    static final String XSS = "<script>alert(1)</script>";
    static final ProgrammeDescriptor PROGRAMME = new ProgrammeDescriptor("secure-childrens-home", "Secure Children's Home", XSS,
            ProgrammeStatus.PROCURING);
    final Configuration cfg = configuration();

    /** The product's own settings, with this bundle's templates and then the shell's, as the renderer finds them. */
    static Configuration configuration() {
        return PageTemplates.configuration(PagesRenderTest.class.getClassLoader());
    }

    String render(String template, Map<String, Object> model) throws Exception {
        Map<String, Object> all = new HashMap<>();
        all.put("csrf", "token-1");
        all.put("errors", Map.of());
        all.put("form", Map.of());
        all.put("programme", PROGRAMME);
        all.put("mayEdit", true);
        all.putAll(model);
        StringWriter out = new StringWriter();
        cfg.getTemplate(template).process(all, out);
        assertThat(out.toString()).doesNotContain(XSS);
        return out.toString();
    }

    static Risk risk(boolean sparse) {
        return new Risk(7, PROGRAMME.id(), "SCH-R07", XSS, RiskCategory.SAFEGUARDING, XSS, new RiskScore(4, 5), new RiskScore(2, 5),
                new RiskScore(1, 5), sparse ? null : LocalDate.of(2027, 3, 31), sparse ? "" : XSS,
                sparse ? List.of() : List.of(new RiskAction(XSS, XSS, LocalDate.of(2027, 1, 31))), RiskTrend.IMPROVING,
                LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 30), true,
                sparse ? List.of() : List.of(new RiskReview(LocalDate.of(2026, 11, 1), "commissioner", new RiskScore(2, 5), RiskTrend.IMPROVING, XSS)),
                3);
    }

    static Contract contract(boolean withheld) {
        return new Contract(9, PROGRAMME.id(), "SCH-C002", XSS, XSS, XSS, XSS, "", SupplierKind.SME, withheld ? null : 5_000_000_000L,
                null, null, withheld, withheld ? 3 : null, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 12, 31), null, null,
                ProcurementRoute.OPEN, ContractStatus.PENDING, 2, 12, 3, 0,
                List.of(new ExtensionOption(1, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2027, 9, 30),
                        ExtensionOption.State.OPEN)),
                LocalDate.of(2027, 12, 31), LocalDate.of(2029, 12, 31), 0, XSS, "", "", true, true,
                plv.commissioning.api.TenderInvitation.TENDER, java.util.Set.of(), "");
    }

    @Test
    void riskLogWithHeatMap() throws Exception {
        List<Risk> risks = List.of(risk(false), risk(true));
        String html = render("commissioning/risks.ftlh", Map.of("risks", risks, "heat", RiskPages.heatMap(risks), "base", "/commissioning/x/risks"));
        assertThat(html).contains("SCH-R07 SCH-R07").contains("above appetite").contains("/commissioning/x/risks?format=csv");
    }

    @Test
    void riskPageWithReviewFormAndErrors() throws Exception {
        for (boolean sparse : new boolean[] {true, false}) {
            String html = render("commissioning/risk.ftlh", Map.of("risk", risk(sparse), "base", "/b",
                    "form", Map.of("likelihood", XSS), "errors", Map.of("likelihood", "Current likelihood must be a whole number")));
            assertThat(html).contains("id=\"likelihood-error\"").contains("name=\"version\" value=\"3\"").contains("2027-01-30");
        }
    }

    @Test
    void riskFormNewAndEdit() throws Exception {
        Map<String, Object> base = new HashMap<>(Map.of("base", "/b", "actionRows", 2, "categories",
                List.of(new ContractForms.Option("safeguarding", "Safeguarding (appetite 6)"))));
        base.put("risk", Map.of());
        base.put("editing", false);
        base.put("form", Map.of("title", XSS, "actionDescription-0", XSS));
        base.put("errors", Map.of("currentImpact", "Current impact must be a whole number from 1 to 5.", "actionDueDate-1",
                "Action 2 due date '2027-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31."));
        String html = render("commissioning/risk-form.ftlh", base);
        assertThat(html).contains("action=\"/b\"").contains("id=\"currentImpact-error\"").contains("name=\"actionDescription-0\"")
                .contains("name=\"actionDueDate-1\"").contains("id=\"actionDueDate-1-error\"").contains("Action 2: due date")
                .doesNotContain("name=\"actionDueDate-2\"").doesNotContain("action1");
        base.put("risk", risk(false));
        base.put("editing", true);
        base.put("form", RiskForms.form(risk(false)));
        base.put("actionRows", RiskForms.actionRows(RiskForms.form(risk(false))));
        base.put("errors", Map.of());
        assertThat(render("commissioning/risk-form.ftlh", base)).contains("action=\"/b/7/edit\"").contains("name=\"version\" value=\"3\"")
                .contains("name=\"actionDueDate-0\" type=\"date\" autocomplete=\"off\"\n    value=\"2027-01-31\"")
                .contains("name=\"actionOwner-2\"").doesNotContain("name=\"actionOwner-3\"");
    }

    @Test
    void contractRegisterDetailAndForm() throws Exception {
        List<ContractForms.ContractView> views = List.of(ContractForms.view(contract(false)), ContractForms.view(contract(true)));
        String list = render("commissioning/contracts.ftlh", Map.of("contracts", views, "base", "/c"));
        assertThat(list).contains("£50,000,000.00").contains("Exempt information (Schedule 12A paragraph 3)")
                .contains("plus up to 2 × 12 months");
        assertThat(render("commissioning/contract.ftlh", Map.of("c", views.get(1), "base", "/c"))).contains("2029-12-31").contains("2027-09-30");
        Map<String, Object> form = new HashMap<>(Map.of("base", "/c", "routes", ContractForms.ROUTES, "statuses", ContractForms.STATUSES,
                "kinds", ContractForms.KINDS, "contract", contract(true), "editing", true, "valuesWithheld", true));
        form.put("yesNo", ContractForms.YES_NO);
        form.put("invitations", ContractForms.INVITATIONS);
        form.put("redactable", "value");
        form.put("form", ContractForms.form(contract(true)));
        form.put("errors", Map.of("supplierName", "Supplier 'X' is not admitted."));
        String html = render("commissioning/contract-form.ftlh", form);
        assertThat(html).contains("id=\"supplierName-error\"").doesNotContain("name=\"value\"").contains("paragraph 3");
    }

    static Risk accepted(plv.commissioning.api.RiskStatus status) {
        Risk r = risk(false);
        var a = new plv.commissioning.api.RiskAcceptance("director", LocalDate.of(2026, 12, 5), LocalDate.of(2027, 3, 31), XSS, null);
        var old = new plv.commissioning.api.RiskAcceptance("director", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), XSS,
                LocalDate.of(2026, 12, 5));
        return new Risk(r.id(), r.programmeId(), r.reference(), r.title(), r.category(), r.owner(), r.inherent(), r.current(), r.target(),
                r.targetDate(), r.controls(), r.actions(), r.trend(), r.reviewedOn(), r.nextReviewOn(), r.aboveAppetite(), r.reviews(),
                r.version(), status, status == plv.commissioning.api.RiskStatus.OPEN ? null : a, List.of(a, old));
    }

    @Test
    void riskStatusAndAcceptancePage() throws Exception {
        for (var status : plv.commissioning.api.RiskStatus.values()) {
            Risk r = accepted(status);
            assertThat(render("commissioning/risk.ftlh", Map.of("risk", r, "base", "/b"))).contains(status.label())
                    .contains("/risk-acceptance/secure-childrens-home/7");
            assertThat(render("commissioning/risks.ftlh", Map.of("risks", List.of(r), "heat", RiskPages.heatMap(List.of(r)), "base", "/b")))
                    .contains(status.label());
            for (boolean director : new boolean[] {true, false}) {
                String html = render("commissioning/risk-acceptance.ftlh", Map.of("risk", r, "programmeName", XSS, "logPath", "/l",
                        "riskPath", "/l/7", "formPath", "/risk-acceptance/secure-childrens-home/7", "mayAccept", director,
                        "errors", Map.of("acceptedUntil", "Accepted until 2020-01-01 is before today")));
                assertThat(html).contains("2026-06-30").contains(director ? "name=\"acceptedUntil\"" : "A director accepts a risk");
            }
        }
    }

    @Test
    void contractNoticesOfAContractAndDueAcrossProgrammes() throws Exception {
        Contract c = contract(false);
        LocalDate today = LocalDate.of(2026, 12, 5);
        List<plv.commissioning.api.ContractNotice> notices = List.of(
                new plv.commissioning.api.ContractNotice(0, PROGRAMME.id(), 9, "SCH-C002", XSS, plv.commissioning.api.NoticeKind.CONTRACT_DETAILS,
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, "", "", 0),
                new plv.commissioning.api.ContractNotice(4, PROGRAMME.id(), 9, "SCH-C002", XSS, plv.commissioning.api.NoticeKind.CONTRACT_CHANGE,
                        LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 9), null, XSS, "officer", 2),
                new plv.commissioning.api.ContractNotice(5, PROGRAMME.id(), 9, "SCH-C002", XSS, plv.commissioning.api.NoticeKind.CONTRACT_PERFORMANCE,
                        LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 2), "UK-123", "officer", 1));
        for (boolean keeper : new boolean[] {true, false}) {
            String html = render("commissioning/contract-notice.ftlh", Map.of("contract", c, "notices", notices, "today", today,
                    "underTheAct", true, "contractPath", "/c/9", "formPath", "/contract-notices/secure-childrens-home/9", "mayEdit", keeper,
                    "kinds", List.of(new ContractForms.Option("contract-change", "Contract change notice (s75)"))));
            assertThat(html).contains("Overdue").contains("Published late").contains("Contract details notice (s53)");
            assertThat(html.contains("/contract-notices/secure-childrens-home/9/4/published")).isEqualTo(keeper);
        }
        String due = render("commissioning/contract-notices.ftlh", Map.of("until", today.plusDays(90), "notices", List.of(
                new ContractNoticePages.Due(PROGRAMME.id(), XSS, 9, "SCH-C002", XSS, "Contract details notice", "s53", LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 6, 30), true))));
        assertThat(due).contains("/contract-notices/secure-childrens-home/9").contains("Overdue");
    }

    @Test
    void contractsOfEveryProgrammeFilteredSortedAndPaged() throws Exception {
        plv.platform.web.api.ListQuery q = new plv.platform.web.api.ListQuery(2, 25, "end", true, "oak");
        var page = new plv.platform.web.api.ListPage<>(List.of(ContractForms.view(contract(false)), ContractForms.view(contract(true))), 60, q);
        String html = render("commissioning/contracts-all.ftlh", Map.of("query", q, "page", page, "extra", "&programme=sch&status=active",
                "chosen", Map.of("programme", "sch", "status", "active", "route", ""), "programmes", List.of(new ContractForms.Option("sch", XSS)),
                "statuses", ContractForms.STATUSES, "routes", ContractForms.ROUTES));
        assertThat(html).contains("Contracts 26–27 of 60").contains("?page=3&amp;size=25&amp;sort=end&amp;dir=desc&amp;q=oak&amp;programme=sch")
                .contains("Award under a dynamic market").contains("value=\"oak\"");
    }
}
