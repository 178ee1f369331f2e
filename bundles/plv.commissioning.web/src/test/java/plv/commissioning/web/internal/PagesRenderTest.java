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
        base.put("form", Map.of("title", XSS, "action1Description", XSS));
        base.put("errors", Map.of("currentImpact", "Current impact must be a whole number from 1 to 5."));
        String html = render("commissioning/risk-form.ftlh", base);
        assertThat(html).contains("action=\"/b\"").contains("id=\"currentImpact-error\"").contains("name=\"action2DueDate\"");
        base.put("risk", risk(false));
        base.put("editing", true);
        base.put("form", RiskForms.form(risk(false)));
        assertThat(render("commissioning/risk-form.ftlh", base)).contains("action=\"/b/7/edit\"").contains("value=\"3\"");
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
}
