package plv.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;

/** The shell's own templates, rendered as the renderer does, with hostile text in every slot. */
class TemplatesTest {

    private static final String XSS = "<script>alert(1)</script>";
    private final Configuration cfg = plv.platform.web.templates.PageTemplates.configuration(new ClassTemplateLoader(getClass().getClassLoader(), "templates"));

    private String render(String template, Map<String, Object> model) throws Exception {
        StringWriter out = new StringWriter();
        cfg.getTemplate(template).process(model, out);
        return out.toString();
    }

    private Map<String, Object> common() {
        Map<String, Object> m = new HashMap<>();
        m.put("product", "PLV Governance Suite");
        m.put("title", XSS);
        m.put("csrf", "token-123");
        m.put("user", Map.of("username", "x", "displayName", XSS, "role", "secretary", "roleLabel", "Company secretary", "council", ""));
        m.put("nav", List.of(new ShellNavigation.Section("Company", List.of(new ShellNavigation.Link(XSS, "/members", true)))));
        m.put("flash", List.of(XSS));
        m.put("errors", Map.of());
        m.put("form", Map.of());
        return m;
    }

    @Test
    void theLayoutEscapesEverythingAndCarriesTheLandmarks() throws Exception {
        Map<String, Object> m = common();
        m.put("body", "<p>body markup</p>");
        String html = render("layout.ftlh", m);
        assertThat(html).doesNotContain(XSS).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("<p>body markup</p>", "<main id=\"main\"", "<nav class=\"side\" aria-label=\"Main\"",
                "href=\"#main\">Skip to main content", "name=\"csrf\" value=\"token-123\"", "aria-current=\"page\"", "lang=\"en-GB\"");
    }

    @Test
    void aDashboardPanelsTextIsEscaped() throws Exception {
        Map<String, Object> m = common();
        m.put("panels", List.of(Map.of("title", XSS, "failed", "", "items", List.of(Map.of("text", XSS, "href", "/x?a=1&b=2",
                "date", "1 Apr 2026", "isoDate", "2026-04-01", "urgency", "urgent")))));
        String html = render("dashboard.ftlh", m);
        assertThat(html).doesNotContain(XSS).contains("href=\"/x?a=1&amp;b=2\"", "<time datetime=\"2026-04-01\">");
    }

    @Test
    void theDeadlinesPageEscapesEveryAreasTextAndKeepsTheFiltersChosen() throws Exception {
        Map<String, Object> m = common();
        m.put("deadlines", List.of(Map.of("isoDate", "2026-12-02", "dateText", "Wed 2 Dec 2026", "daysLeft", -3L,
                "urgency", "overdue", "area", XSS, "kind", XSS, "title", XSS, "path", "/board/directors/7", "council", "")));
        m.put("days", 90);
        m.put("area", "Board");
        m.put("council", "");
        m.put("areas", List.of("Board", "Membership", XSS));
        m.put("councils", List.of("E09000003"));
        m.put("failed", List.of("PLV-0000ABCD"));
        m.put("query", "days=90&area=Board");
        String html = render("deadlines.ftlh", m);
        assertThat(html).doesNotContain(XSS).contains("<option value=\"Board\" selected>", "class=\"urgency-overdue\"",
                "<span class=\"tag\">overdue</span>", "href=\"/deadlines?days=90&amp;area=Board&amp;format=csv\"", "PLV-0000ABCD",
                "<label for=\"area\">", "3 days ago");
    }

    @Test
    void aFormShownAgainKeepsWhatWasTypedAndShowsErrorsBesideTheFields() throws Exception {
        Map<String, Object> m = common();
        m.put("form", Map.of("username", "ab", "displayName", XSS, "role", "monitoring-officer", "councilGss", ""));
        m.put("errors", Map.of("username", "Enter a username of 3 to 40 characters", "councilGss", "enter its GSS code"));
        m.put("roles", List.of(Map.of("id", "monitoring-officer", "label", "Monitoring officer")));
        String html = render("users/new.ftlh", m);
        assertThat(html).doesNotContain(XSS).contains("value=\"ab\"", "id=\"username-error\"", "aria-invalid=\"true\"",
                "<option value=\"monitoring-officer\" selected>", "href=\"#councilGss\"");
        assertThat(html).doesNotContain("name=\"password\" type=\"password\" autocomplete=\"new-password\" value=");
    }

    @Test
    void theUsersListEscapesNamesAndLinksSortAndPages() throws Exception {
        Map<String, Object> m = common();
        plv.platform.web.api.ListQuery q = new plv.platform.web.api.ListQuery(1, 1, "username", false, "");
        m.put("query", q);
        m.put("page", new plv.platform.web.api.ListPage<>(List.of("a"), 2, q));
        m.put("rows", List.of(Map.of("username", "a b", "displayName", XSS, "role", "Viewer", "council", "", "locked", false,
                "lockedUntil", "", "failedAttempts", 0)));
        String html = render("users/list.ftlh", m);
        assertThat(html).doesNotContain(XSS).contains("href=\"/users/a%20b\"", "aria-sort=\"ascending\"", "rel=\"next\"",
                "Showing 1–1 of 2");
    }

    @Test
    void anErrorPageShowsTheReferenceAndNoStackTrace() throws Exception {
        Map<String, Object> m = common();
        m.put("status", 500);
        m.put("message", ErrorTexts.explanation(500));
        m.put("reference", "PLV-0A1B2C3D");
        String html = render("error.ftlh", m);
        assertThat(html).contains("PLV-0A1B2C3D").doesNotContain("Exception").doesNotContain("at plv.");
    }
}
