package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import plv.product.ProductProcess;

/**
 * The secretary's fee page on the routing layer: each of its forms posts to a route of its own; a refused form answers
 * 400 with the error beside its field and what was typed, and saves nothing; a saved one returns to the page with a
 * message; the CSV import of an index series is all or nothing, with its problems listed by line.
 */
class FeeFormsTest {

    @Test
    void theFeeFormsRefuseBadInputBesideTheFieldAndSaveGoodInput() throws Exception {
        try (ProductProcess product = ProductProcess.startAndWait(ProductProcess.newHome("fees"), "-Dplv.demo=true")) {
            WebSession.awaitSignInPage(product);
            WebSession secretary = WebSession.signIn(product, "secretary", "plv-demo-secretary");

            Map<String, String> bad = form(secretary, "effectiveFrom", "", "model", "BOGUS", "annualFee", "12.345", "triggerDate", "");
            HttpResponse<String> refused = secretary.post("/members/fees/schedule", bad);
            assertThat(refused.statusCode()).isEqualTo(400);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select("#effectiveFrom-error").text()).contains("Applies from: enter a value");
            assertThat(page.select("#model-error").text()).contains("Funding model: choose one of the options");
            assertThat(page.select("#annualFee-error").text()).contains("at most two decimal places");
            assertThat(page.select("#annualFee").val()).as("what was typed is kept").isEqualTo("12.345");
            assertThat(secretary.get("/api/fees").body()).doesNotContain("2040-41");

            HttpResponse<String> saved = secretary.post("/members/fees/schedule",
                    form(secretary, "effectiveFrom", "2040-04-01", "model", "FIXED_FEE", "annualFee", "21,000.00", "triggerDate", ""));
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(saved.uri().getPath()).isEqualTo("/members/fees");
            assertThat(saved.body()).contains("Fee schedule saved: it applies from 2040-41");
            assertThat(secretary.get("/api/fees").body()).contains("\"annualFeePence\":2100000");

            HttpResponse<String> month = secretary.post("/members/fees/revise",
                    form(secretary, "code", "CPI", "month", "2029-13", "value", "147.0", "revisedFrom", "2030-04-01"));
            assertThat(month.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(month.body()).select("#month-error").text()).contains("YYYY-MM");

            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("csrf", secretary.csrf("/members/fees"));
            fields.put("kind", "series");
            fields.put("code", "TESTIX");
            fields.put("name", "Test index");
            HttpResponse<String> badFile = secretary.postMultipart("/members/fees/import", fields, "file", "ix.csv",
                    "month,value\r\n2025-01,135.1\r\n2025-02,abc\r\n");
            assertThat(badFile.statusCode()).isEqualTo(400);
            assertThat(badFile.body()).contains("line 3");
            assertThat(secretary.get("/members/fees").body()).doesNotContain("TESTIX");
            fields.put("csrf", secretary.csrf("/members/fees"));
            HttpResponse<String> goodFile = secretary.postMultipart("/members/fees/import", fields, "file", "ix.csv",
                    "month,value\r\n2025-01,135.1\r\n2025-02,135.6\r\n");
            assertThat(goodFile.statusCode()).as(goodFile.body()).isEqualTo(200);
            assertThat(goodFile.body()).contains("2 rows of TESTIX imported").contains("TESTIX: Test index");

            WebSession director = WebSession.signIn(product, "director", "plv-demo-director");
            assertThat(director.post("/members/fees/schedule", form(director, "effectiveFrom", "2041-04-01", "model", "FIXED_FEE",
                    "annualFee", "1.00", "triggerDate", "")).statusCode()).as("only the secretary sets fees").isEqualTo(403);
        }
    }

    private static Map<String, String> form(WebSession session, String... pairs) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", session.csrf("/"));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
