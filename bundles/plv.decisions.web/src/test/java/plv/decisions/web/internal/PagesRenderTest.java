package plv.decisions.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import plv.platform.web.templates.PageTemplates;
import plv.decisions.api.ConditionCheck;
import plv.decisions.api.Consultation;
import plv.decisions.api.ConsulteeCheck;
import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.CouncilStanding;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.DecisionWarning;
import plv.decisions.api.DecisionLeads;
import plv.decisions.api.DelegationCheck;
import plv.decisions.api.ExceptionDetails;
import plv.decisions.api.PrivateMeeting;
import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.ImportResult;
import plv.decisions.api.LondonAuthority;
import plv.decisions.api.MonitoringOfficerReview;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.ReviewCase;
import plv.decisions.api.ReviewOutcome;
import plv.decisions.api.ReviewStatus;

/** Every page template rendered as the shell renders it, with hostile text in the slots and the optional fields empty. */
class PagesRenderTest {

    static final String XSS = "<script>alert(1)</script>";
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
        all.putAll(model);
        StringWriter out = new StringWriter();
        cfg.getTemplate(template).process(all, out);
        return out.toString();
    }

    static CouncilDecision decision(boolean sparse) {
        CouncilDecisionDraft d = new CouncilDecisionDraft("E09000010", "KD 5483", XSS, DecisionMaker.CABINET, sparse ? null : XSS,
                sparse ? null : "Cabinet", sparse ? null : LocalDate.of(2023, 2, 8), true, XSS, LocalDate.of(2022, 6, 30),
                LocalDate.of(2023, 2, 8), NoticeException.NONE, null, !sparse, sparse ? null : 3, true, sparse ? null : XSS,
                XSS, null, null, null, true, null, sparse ? DecisionStatus.FORWARD_PLAN : DecisionStatus.DECIDED,
                sparse ? List.of() : List.of("https://example.gov.uk/doc.pdf"),
                sparse ? null : new DecisionLeads(XSS, "Executive Director - People", "People Department", XSS),
                sparse ? null : LocalDate.of(2023, 2, 9), sparse ? null : new ExceptionDetails(null, null, XSS, null),
                sparse ? null : new PrivateMeeting(true, LocalDate.of(2023, 1, 1), null), !sparse);
        return new CouncilDecision(12_345, 0, "Enfield", d, sparse ? null : LocalDate.of(2023, 2, 15),
                List.of(new DecisionWarning(DecisionWarning.NOTICE_PERIOD, XSS)), false);
    }

    static Delegation delegation() {
        return new Delegation(7, 0, 12_345, "E09000010", new DelegationDraft("Director of Children's Services", null,
                List.of("Director of Finance", "Monitoring Officer"), XSS, 2_000_000L, List.of(XSS), null, true, null,
                List.of(XSS, "Final determination on membership")));
    }

    static OfficerDecision record(ReviewStatus status) {
        return new OfficerDecision(1_001, 0, 7, "E09000010", new OfficerDecisionDraft(LocalDate.of(2023, 3, 31), XSS, XSS, XSS,
                null, "A Officer", "Director", List.of(new Consultation("Director of Finance", null, null, XSS)), null, null,
                List.of(), null, false, null, XSS, null), status, LocalDate.of(2026, 6, 15), true, XSS, null, false,
                List.of(new DecisionWarning(DecisionWarning.PUBLICATION, XSS)));
    }

    @Test
    void listAndDetail() throws Exception {
        plv.platform.web.api.ListQuery query = new plv.platform.web.api.ListQuery(1, 25, "decided", false, XSS);
        String list = render("decisions/list.ftlh", Map.of("decisions", Models.decisions(List.of(decision(false), decision(true))),
                "council", "", "mayImport", true, "mayOverview", true, "mayRecord", true, "query", query,
                "page", new plv.platform.web.api.ListPage<>(List.of(1, 2), 2, query)));
        assertThat(list).doesNotContain(XSS).contains("data-id=\"12345\"", "data-gss=\"E09000010\"", "/decisions/12345",
                "aria-sort=\"ascending\"", "Showing 1–2 of 2", "/decisions/new");
        Map<String, Object> del = Models.delegation(delegation());
        del.put("records", List.of(Models.officerDecision(record(ReviewStatus.QUERIED))));
        String full = render("decisions/detail.ftlh", Map.of("d", Models.decision(decision(false)), "delegations", List.of(del),
                "mayOpenReviews", true, "mayRecord", true));
        assertThat(full).contains("id=\"illustrative\"", "Executive Director - People", "People Department",
                "Period ends 2023-02-15 (counted from publication)", "Meeting in private (reg 5)</dt><dd>Yes");
        assertThat(render("decisions/detail.ftlh", Map.of("d", Models.decision(decision(true)), "delegations", List.of(),
                "mayOpenReviews", true, "mayRecord", true))).doesNotContain("id=\"illustrative\"")
                .contains("Counts from publication, which is not recorded");
        for (CouncilDecision d : List.of(decision(false), decision(true))) {
            String detail = render("decisions/detail.ftlh", Map.of("d", Models.decision(d), "delegations", List.of(del),
                    "mayOpenReviews", true, "mayRecord", true));
            assertThat(detail).doesNotContain(XSS).contains("Director of Finance, Monitoring Officer", "£20,000.00", "review overdue",
                    "href=\"/reviews/", "/decisions/12345/edit", "/decisions/12345/delegations/7/officer-decisions/new",
                    "/decisions/12345/delegations/7/edit", "/decisions/12345/delegations/7/officer-decisions/1001/edit",
                    "Final determination on membership", "publication");
            assertThat(render("decisions/detail.ftlh", Map.of("d", Models.decision(d), "delegations", List.of(del),
                    "mayOpenReviews", false, "mayRecord", false))).as("no link to a review page the reader may not open")
                    .doesNotContain("href=\"/reviews/").doesNotContain("/edit").contains("review overdue");
        }
    }

    @Test
    void decisionFormShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        Map<String, String> typed = new HashMap<>(DecisionForms.values(decision(false).details()));
        typed.put("title", XSS);
        typed.put("version", "3");
        String page = render("decisions/decision-form.ftlh", Map.of("action", "/decisions/12345/edit", "editing", true,
                "councils", List.of(Map.of("id", "E09000010", "label", "Enfield (E09000010)")),
                "decisionMakers", List.of(Map.of("id", "CABINET", "label", "Cabinet")),
                "statuses", List.of(Map.of("id", "DECIDED", "label", "Decided")), "noticeExceptions", List.of(),
                "paragraphs", List.of(Map.of("id", "3", "label", "Paragraph 3")), "form", typed,
                "errors", Map.of("documentLinks", "'www' is not a web address: " + XSS)));
        assertThat(page).doesNotContain(XSS).contains("<a href=\"#documentLinks\">", "id=\"documentLinks-error\"",
                "aria-describedby=\"documentLinks-hint documentLinks-error\"", "aria-invalid=\"true\"",
                "name=\"version\" value=\"3\"", "<option value=\"E09000010\" selected>", "<option value=\"3\" selected>",
                "name=\"exempt\" type=\"checkbox\" value=\"yes\" checked", "value=\"KD 5483\"", "name=\"csrf\" value=\"token-1\"");
        Map<String, Object> del = Models.delegation(delegation());
        String record = render("decisions/officer-decision-form.ftlh", Map.of("d", Models.decision(decision(true)),
                "delegation", del, "paragraphs", List.of(), "form", Map.of("title", XSS), "errors", Map.of("consultedOn-1", XSS)));
        assertThat(record).doesNotContain(XSS).contains("name=\"consultedOn-0\"", "id=\"consultedOn-1-error\"",
                "Consultation with the Monitoring Officer", "action=\"/decisions/12345/delegations/7/officer-decisions/new\"");
        String delegationForm = render("decisions/delegation-form.ftlh", Map.of("d", Models.decision(decision(false)),
                "paragraphs", List.of(), "form", Map.of("scope", XSS), "errors", Map.of("financialLimit", XSS)));
        assertThat(delegationForm).doesNotContain(XSS).contains("id=\"financialLimit-error\"", "action=\"/decisions/12345/delegations/new\"");
    }

    @Test
    void queueReviewAndAnswerForms() throws Exception {
        ReviewCase c = new ReviewCase(record(ReviewStatus.AWAITING_REVIEW), delegation(), decision(false), List.of(
                new MonitoringOfficerReview(3, 1_001, "E09000010", "mo", XSS, Instant.parse("2026-06-01T10:00:00Z"),
                        List.of(new ConsulteeCheck("Director of Finance", true, LocalDate.of(2023, 3, 1))),
                        List.of(new ConditionCheck(XSS, true, null)), ReviewOutcome.QUERY_RAISED, XSS, false,
                        List.of(new DelegationCheck(DelegationCheck.SCOPE, XSS, false, XSS)), XSS)),
                List.of(new DelegationCheck(DelegationCheck.FINANCIAL_LIMIT, "Value within the financial limit", false, XSS),
                        new DelegationCheck(DelegationCheck.PERIOD, XSS, true, XSS)));
        String queue = render("decisions/queue.ftlh", Map.of("queue", List.of(Models.reviewCase(c)),
                "others", List.of(Models.officerDecision(record(ReviewStatus.CONFIRMED)))));
        assertThat(queue).doesNotContain(XSS).contains("/reviews/1001", "overdue");
        Map<String, Object> model = new HashMap<>(Models.reviewCase(c));
        model.put("mayReview", true);
        model.put("mayAnswer", true);
        model.put("errors", Map.of("outcome", XSS));
        model.put("form", Map.of("outcome", "QUERY_RAISED", "consulted-0", "yes"));
        String review = render("decisions/review.ftlh", model);
        assertThat(review).doesNotContain(XSS).contains("name=\"consulted-1\"", "name=\"met-0\"", "value=\"QUERY_RAISED\" checked",
                "data-code=\"financial-limit\"", "Failed:</strong> Value within the financial limit", "name=\"failedChecksReason\"",
                "name=\"csrf\" value=\"token-1\"", "action=\"/reviews/1001/answer\"");
    }

    @Test
    void overviewWithTileMapAndImport() throws Exception {
        List<CouncilStanding> standings = List.of(new CouncilStanding(new LondonAuthority("E09000007", "Camden", "NCL"),
                CouncilStanding.Standing.REVIEW_PENDING, 5L, XSS, DecisionMaker.CABINET, LocalDate.of(2023, 3, 15), true, true,
                2, 0, 0, 0, 1), new CouncilStanding(new LondonAuthority("E09000033", "Westminster", "NWL"),
                CouncilStanding.Standing.NO_RECORD, null, null, null, null, false, false, 0, 0, 0, 0, 0));
        String page = render("decisions/overview.ftlh", Map.of("standings", standings.stream().map(Models::standing).toList(),
                "map", LondonTileMap.svg(standings)));
        assertThat(page).doesNotContain(XSS).contains("<svg", "data-gss=\"E09000007\"", "data-standing=\"REVIEW_PENDING\"");
        String bad = render("decisions/import.ftlh", Map.of("hasResult", true, "result", Models.map(new ImportResult(0,
                List.of(new ImportResult.RowError(2, "councilGss", XSS))))));
        assertThat(bad).doesNotContain(XSS).contains("Nothing was imported", "enctype=\"multipart/form-data\"");
        assertThat(render("decisions/import.ftlh", Map.of("hasResult", false, "result", Map.of()))).contains("name=\"file\"");
    }
}
