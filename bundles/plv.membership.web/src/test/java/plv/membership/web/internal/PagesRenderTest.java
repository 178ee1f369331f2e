package plv.membership.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import plv.platform.web.templates.PageTemplates;
import plv.membership.api.AgreementDates;
import plv.membership.api.AgreementEvent;
import plv.membership.api.AgreementEventType;
import plv.membership.api.AgreementTerms;
import plv.membership.api.IssuedStatement;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.membership.api.StatementDifference;
import plv.membership.api.Renewal;
import plv.membership.api.RenewalStatus;
import plv.membership.api.BreakPoint;
import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.CorporateRepresentative;
import plv.membership.api.CouncilDecision;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;
import plv.membership.api.Indexation;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MembershipStatus;
import plv.membership.api.SchedulePeriod;
import plv.membership.api.StatusChange;
import plv.membership.api.SubRegion;
import plv.membership.api.Term;

/** Every membership template rendered as the shell renders it, with hostile text in the slots and optional fields empty. */
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

    static Member member(boolean sparse) {
        return new Member("E09000003", XSS, SubRegion.NCL, sparse ? null : XSS, sparse ? null : "clerk@example.org",
                MembershipStatus.MEMBER, LocalDate.of(2023, 4, 1), null,
                sparse ? null : new CouncilDecision(XSS, XSS, LocalDate.of(2023, 2, 8)),
                sparse ? List.of() : List.of(new StatusChange(MembershipStatus.MEMBER, LocalDate.of(2023, 4, 1), XSS, "sec",
                        Instant.parse("2023-04-01T10:00:00Z"))),
                sparse ? List.of() : List.of(new CorporateRepresentative(1, XSS, LocalDate.of(2023, 4, 1), XSS, null)));
    }

    static MemberAgreement agreement(boolean notice) {
        AgreementTerms terms = new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 10, 5, 6, true);
        Term t0 = new Term(0, LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31),
                new BreakPoint(LocalDate.of(2026, 3, 31), LocalDate.of(2025, 9, 30)));
        Term t1 = new Term(1, LocalDate.of(2028, 4, 1), LocalDate.of(2038, 3, 31),
                new BreakPoint(LocalDate.of(2033, 3, 31), LocalDate.of(2032, 9, 30)));
        AgreementDates d = new AgreementDates(LocalDate.of(2025, 6, 1), t0, t0.breakPoint(), t0.end(),
                notice ? null : t1.start(), notice ? null : t1, LocalDate.of(2026, 3, 31),
                notice ? t0.end() : t1.end());
        Renewal renewal = notice ? new Renewal(RenewalStatus.NOT_RATIFIED, 1, t1.start(), t0.end(), null, null, null)
                : new Renewal(RenewalStatus.RATIFIED, 1, t1.start(), t0.end(), LocalDate.of(2025, 5, 1), XSS, XSS);
        return new MemberAgreement(7, "E09000003", XSS, XSS, terms, LocalDate.of(2023, 4, 1),
                List.of(new AgreementEvent(1, AgreementEventType.SIGNED, LocalDate.of(2023, 4, 1), null, XSS, 3L, null, "sec",
                        Instant.parse("2023-04-01T10:00:00Z"))),
                d, notice, notice ? LocalDate.of(2026, 3, 31) : null, renewal,
                notice ? LocalDate.of(2026, 3, 31) : LocalDate.of(2038, 3, 31));
    }

    @Test
    void registerHidesNothingFromTheSecretaryAndEscapes() throws Exception {
        plv.platform.web.api.ListQuery query = new plv.platform.web.api.ListQuery(1, 50, "name", true, XSS);
        List<Map<String, Object>> rows = List.of(Views.member(member(false), LocalDate.of(2026, 11, 23)), Views.member(member(true), LocalDate.of(2026, 11, 23)));
        String html = render("members/register.ftlh", Map.of("members", rows, "showContacts", true, "query", query,
                "page", new plv.platform.web.api.ListPage<>(rows, 2, query)));
        assertThat(html).contains("E09000003").contains("clerk@example.org").doesNotContain(XSS).contains("&lt;script&gt;")
                .contains("aria-sort=\"descending\"").contains("Showing 1–2 of 2");
        String publicView = render("members/register.ftlh", Map.of("members", List.of(Views.member(member(false).publicView(), LocalDate.of(2026, 11, 23))),
                "showContacts", false, "query", query, "page", new plv.platform.web.api.ListPage<>(List.of(), 0, query)));
        assertThat(publicView).doesNotContain("clerk@example.org");
        String none = render("members/register.ftlh", Map.of("members", List.of(), "showContacts", false, "query", query,
                "page", new plv.platform.web.api.ListPage<>(List.of(), 0, query)));
        assertThat(none).contains("No member matches the filter.");
    }

    @Test
    void memberPageShowsTheComputedDates() throws Exception {
        for (boolean sparse : new boolean[] { true, false }) {
            Map<String, Object> model = new HashMap<>();
            model.put("m", Views.member(member(sparse), LocalDate.of(2026, 11, 23)));
            model.put("agreement", sparse ? Map.of() : Views.agreement(agreement(false)));
            model.put("documents", List.of(Map.of("id", 3L, "fileName", XSS, "sizeBytes", 12L, "sha256", "ab", "uploadedAt",
                    "2023-04-01T10:00:00Z", "uploadedBy", "sec")));
            model.put("maySecretary", true);
            model.put("year", 2028);
            model.put("form", Map.of());
            model.put("errors", Map.of());
            String html = render("members/member.ftlh", model);
            assertThat(html).doesNotContain(XSS).doesNotContain("There is a problem");
            if (!sparse) {
                assertThat(html).contains("2026-03-31").contains("2025-09-30").contains("2028-04-01").contains("2033-03-31")
                        .contains("/members/E09000003/notice").contains("/members/E09000003/documents?csrf=token-1");
            }
        }
    }

    @Test
    void aRefusedDocumentIsShownBesideTheFileField() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("m", Views.member(member(false), LocalDate.of(2026, 11, 23)));
        model.put("agreement", Map.of());
        model.put("documents", List.of());
        model.put("maySecretary", true);
        model.put("year", 2028);
        model.put("form", Map.of());
        model.put("errors", Map.of("file", "'" + XSS + "' does not look like a PDF; upload the PDF itself."));
        String html = render("members/member.ftlh", model);
        assertThat(html).doesNotContain(XSS);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select(".error-summary a[href=#file]").text()).contains("does not look like a PDF");
        assertThat(page.select("#file-error").text()).contains("does not look like a PDF");
        assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-error");
    }

    @Test
    void eventFormKeepsWhatWasTypedAndShowsErrorsBesideTheFields() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("a", Views.agreement(agreement(false)));
        model.put("events", List.of(Map.of("id", "sign", "label", "Signed"), Map.of("id", "terminate", "label", "Terminated")));
        model.put("documents", List.of(Map.of("id", "3", "label", XSS)));
        model.put("form", Map.of("event", "terminate", "on", "2026-03-31", "by", XSS, "reason", ""));
        model.put("errors", Map.of("reason", "Say why the agreement ends."));
        String html = render("members/events.ftlh", model);
        assertThat(html).contains("<option value=\"terminate\" selected>Terminated</option>")
                .contains("id=\"reason-error\"").contains("Say why the agreement ends.")
                .contains("value=\"2026-03-31\"").contains("name=\"csrf\" value=\"token-1\"").doesNotContain(XSS);
    }

    @Test
    void statusRepresentativeAndVariationFormsKeepWhatWasTypedAndShowErrorsBesideTheFields() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("m", Views.member(member(false), LocalDate.of(2026, 11, 23)));
        model.put("statuses", List.of(Map.of("id", "CEASED", "label", "Ceased")));
        model.put("form", Map.of("status", "CEASED", "reason", XSS));
        model.put("errors", Map.of("effectiveOn", "Enter the date " + XSS));
        assertThat(render("members/status.ftlh", model)).contains("<option value=\"CEASED\" selected>", "id=\"effectiveOn-error\"",
                "<a href=\"#effectiveOn\">", "action=\"/members/E09000003/status\"").doesNotContain(XSS);
        model.put("inOffice", true);
        model.put("form", Map.of("personName", XSS, "appointedOn", "2026-13-01"));
        model.put("errors", Map.of("appointedOn", "'2026-13-01' is not a date"));
        assertThat(render("members/representatives.ftlh", model)).contains("id=\"appointedOn-error\"", "value=\"2026-13-01\"",
                "<td>in office</td>", "action=\"/members/E09000003/representatives/cease\"", "aria-invalid=\"true\"")
                .doesNotContain(XSS);
        model.put("a", Views.agreement(agreement(false)));
        model.put("form", MemberRoutes.terms(agreement(false).terms(), LocalDate.of(2026, 11, 23)));
        model.put("errors", Map.of("reason", "Enter the reason for the variation."));
        assertThat(render("members/variation.ftlh", model)).contains("value=\"2023-04-01\"", "name=\"noticeMonths\" type=\"number\"",
                "value=\"6\"", "value=\"yes\" checked", "id=\"reason-error\"").doesNotContain(XSS);
    }

    @Test
    void noticeFormShowsTheDeadlineAndErrors() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("a", Views.agreement(agreement(false)));
        model.put("documents", List.of(Map.of("id", "3", "label", XSS)));
        model.put("form", Map.of("servedOn", "2025-10-01", "servedBy", XSS, "documentId", "3"));
        model.put("errors", Map.of("servedOn", "Notice served on 2025-10-01 is after the last notice date 2025-09-30"));
        String html = render("members/notice.ftlh", model);
        assertThat(html).contains("id=\"last-notice\">2025-09-30").contains("is after the last notice date 2025-09-30")
                .contains("id=\"next-exit\">2026-03-31").doesNotContain("without notice")
                .contains("name=\"csrf\" value=\"token-1\"").doesNotContain(XSS);
        model.put("a", Views.agreement(agreement(true)));
        assertThat(render("members/notice.ftlh", model))
                .contains("the renewal is not ratified, so the membership ends on 2028-03-31 without notice");
    }

    @Test
    void agreementsContributionsStatementAndFeesRender() throws Exception {
        assertThat(render("members/agreements.ftlh", Map.of("agreements", List.of(Views.agreement(agreement(true)),
                Views.agreement(agreement(false))), "asOf", "2025-06-01", "maySecretary", true)))
                .contains("ends 2026-03-31").doesNotContain(XSS);
        ContributionSchedule s = new ContributionSchedule(2028, LocalDate.of(2028, 4, 1), LocalDate.of(2029, 3, 31),
                FundingModel.FIXED_FEE, List.of(new SchedulePeriod(LocalDate.of(2028, 4, 1), LocalDate.of(2029, 3, 31), 365, 1,
                        2_000_000)), List.of(new ContributionLine("E09000003", XSS, 365, List.of(2_000_000L), 2_000_000, 0)),
                2_000_000, List.of(XSS));
        Map<String, Object> contributions = new HashMap<>(Map.of("s", Views.schedule(s), "year", 2028, "previous", 2027,
                "next", 2029, "issued", List.of(), "differs", false, "maySecretary", true, "form", Map.of(),
                "errors", Map.of(), "message", ""));
        assertThat(render("members/contributions.ftlh", contributions)).contains("£20,000.00").contains("id=\"issue-form\"")
                .doesNotContain(XSS);
        IssuedStatement first = new IssuedStatement(4, 2028, LocalDate.of(2028, 3, 1), "secretary", null, null, XSS,
                "ab12", s, List.of());
        IssuedStatement correction = new IssuedStatement(5, 2028, LocalDate.of(2028, 6, 1), "secretary", null, 4L, XSS,
                "cd34", s, List.of(new StatementDifference("E09000003", XSS, 2_000_000, 1_900_000)));
        contributions.put("issued", List.of(Views.issued(first), Views.issued(correction)));
        contributions.put("differs", true);
        assertThat(render("members/contributions.ftlh", contributions)).contains("statement 5 of 2028-06-01")
                .contains("correcting statement 4").contains("cd34").contains("-£1,000.00").contains("id=\"differs\"")
                .contains("id=\"correct-form\"").doesNotContain(XSS);
        assertThat(render("members/statement.ftlh", Map.of("line", Views.map(s.lines().get(0)), "total", "£20,000.00",
                "schedule", Views.schedule(s), "working", List.of(XSS), "year", 2028))).contains("£20,000.00");
        FeeSchedule fee = new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000, LocalDate.of(2028, 4, 1),
                new Indexation("CPI", Month.JANUARY, IndexMethod.YEAR_ON_YEAR, null, new BigDecimal("3"), null));
        Map<String, Object> f = FeeRoutes.schedule(fee);
        Map<String, Object> later = FeeRoutes.schedule(new FeeSchedule(FundingModel.SHARED_TOTAL, 0,
                LocalDate.of(2028, 4, 1), null, LocalDate.of(2030, 4, 1)));
        Map<String, Object> funding = Views.map(new SharedFunding(2030, 62_000_000, SharingBasis.MIXED,
                new BigDecimal("50"), XSS, 24, 2, 1, 30_000_000));
        funding.put("label", "2030-31");
        funding.put("totalText", "£620,000.00");
        funding.put("priceText", "£300,000.00");
        Map<String, Object> model = new HashMap<>(Map.of("fee", f, "series", List.of(Map.of("code", "CPI", "name", XSS,
                "count", 1, "recent", List.of(Views.map(new plv.membership.api.IndexValue(YearMonth.of(2025, 1),
                        new BigDecimal("135.1")))))), "weightings", List.of(), "message", "",
                "errors", Map.of("line 3: month", "'2025-13' is not a month", "effectiveFrom", "Enter 1 April"),
                "schedules", List.of(f, later), "fundings", List.of(funding),
                "form", Map.of("effectiveFrom", "2029-04-01", "model", "SHARED_TOTAL")));
        model.put("models", List.of(Map.of("id", "FIXED_FEE", "label", "Fixed fee"), Map.of("id", "SHARED_TOTAL", "label", "Shared total")));
        model.put("bases", List.of(Map.of("id", "EQUAL", "label", "Equal"), Map.of("id", "MIXED", "label", "Mixed")));
        assertThat(render("members/fees.ftlh", model)).contains("line 3: month").contains("cap 3%").contains("2030-31")
                .contains("the beginning").contains("Enter 1 April").contains("<option value=\"SHARED_TOTAL\" selected>")
                .contains("MIXED (50% equally)").doesNotContain(XSS);
    }

    /** GET /api/agreements: each agreement with dates.nextExit and renewal {status, ratifiedOn, decisionReference}. */
    @Test
    @SuppressWarnings("unchecked")
    void theAgreementsJsonGivesTheNextExitAndTheRenewal() throws Exception {
        String json = plv.platform.web.internal.route.JsonMapper.shared().writeValueAsString(Views.agreement(agreement(true)));
        Map<String, Object> a = plv.platform.web.internal.route.JsonMapper.shared().readValue(json, Map.class);
        assertThat(((Map<String, Object>) a.get("dates")).get("nextExit")).isEqualTo("2026-03-31");
        assertThat((Map<String, Object>) a.get("renewal")).containsEntry("status", "NOT_RATIFIED")
                .containsEntry("ratifiedOn", null).containsEntry("decisionReference", null)
                .containsEntry("ratifyBy", "2028-03-31");
        Map<String, Object> ratified = plv.platform.web.internal.route.JsonMapper.shared().readValue(plv.platform.web.internal.route.JsonMapper.shared().writeValueAsString(
                Views.agreement(agreement(false))), Map.class);
        assertThat((Map<String, Object>) ratified.get("renewal")).containsEntry("status", "RATIFIED")
                .containsEntry("ratifiedOn", "2025-05-01").containsEntry("decisionReference", XSS);
    }

    @Test
    void csvOfTheScheduleAddsUpAndNeutralisesFormulas() {
        ContributionSchedule s = new ContributionSchedule(2028, LocalDate.of(2028, 4, 1), LocalDate.of(2029, 3, 31),
                FundingModel.FIXED_FEE, List.of(new SchedulePeriod(LocalDate.of(2028, 4, 1), LocalDate.of(2029, 3, 31), 365, 2,
                        2_500_001)), List.of(new ContributionLine("E09000003", "=HYPERLINK(1)", 365, List.of(2_000_000L),
                                2_000_000, 0), new ContributionLine("E09000004", "Bexley", 365, List.of(500_001L), 500_001, 0)),
                2_500_001, List.of());
        List<List<String>> rows = ContributionRoutes.rows(s);
        assertThat(rows.get(1)).containsExactly("E09000003", "=HYPERLINK(1)", "365", "20000.00", "20000.00");
        assertThat(rows.get(3)).containsExactly("", "Total", "", "25000.01", "25000.01");
        java.io.StringWriter csv = new java.io.StringWriter();
        try {
            plv.platform.web.api.CsvWriter.write(csv, rows.get(0), rows.subList(1, rows.size()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(csv.toString()).contains("E09000003,'=HYPERLINK(1),365,20000.00,20000.00\r\n")
                .endsWith(",Total,,25000.01,25000.01\r\n");
    }

    @Test
    void theOldDeadlineAddressesLeadToTheSuitesDeadlinesFilteredToMembershipKeepingTheToken() {
        assertThat(OldDeadlineAddresses.newAddress("/members/deadlines", "days=30")).isEqualTo("/deadlines?area=Membership&days=30");
        assertThat(OldDeadlineAddresses.newAddress("/members/deadlines.ics", null)).isEqualTo("/deadlines.ics?area=Membership");
        assertThat(OldDeadlineAddresses.newAddress("/api/membership/deadlines.ics", "token=abc"))
                .isEqualTo("/api/deadlines.ics?area=Membership&token=abc");
    }
}
