package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import plv.product.ProductProcess;

/**
 * Every form the company secretary can reach is sent twice with bad input: once with every field left empty, once
 * with text where dates and numbers belong and markup in every text field. The product must answer each with a page
 * that says what is wrong (or with a harmless success), never a 5xx, a stack trace, or an unescaped script; and the
 * audit chain must still verify afterwards. The secretary sees every form, so this covers all bundles' forms.
 * Forms that end the session or stop bundles are left out; file uploads (multipart) are covered by their own tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsRefuseBadInputTest {

    private static final String SCRIPT = "<script>alert('bad')</script>";
    private ProductProcess product;

    @BeforeAll
    void start() throws Exception {
        product = ProductProcess.startAndWait(ProductProcess.newHome("forms"), "-Dplv.demo=true");
        WebSession.awaitSignInPage(product);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void everyFormAnswersBadInputWithAMessageAndNeverAServerError() throws Exception {
        WebSession secretary = WebSession.signIn(product, "secretary", "plv-demo-secretary");
        Map<String, Element> forms = new LinkedHashMap<>();
        secretary.walk("/", 250, v -> {
            if (v.html() == null) {
                return;
            }
            for (Element form : v.html().select("form[method=post]")) {
                String action = form.absUrl("action").isEmpty() ? v.response().uri().toString() : form.absUrl("action");
                String path = action.substring(product.url("").length());
                if (path.startsWith("/sign-out") || path.startsWith("/admin/bundles")
                        || "multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
                    continue;
                }
                Element op = form.selectFirst("input[type=hidden][name=op]");
                // one of each kind of form: the same form on every record of a list is one form
                String kind = path.replaceAll("/\\d+(?=/|$)", "/{id}").replaceAll("/E090000\\d\\d", "/{gss}") + " "
                        + (op == null ? "" : op.val());
                forms.putIfAbsent(kind, form.attr("data-crawled-from", path));
            }
        });
        assertThat(forms).as("forms found by walking the secretary's pages").hasSizeGreaterThan(10);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Element> e : forms.entrySet()) {
            String path = e.getValue().attr("data-crawled-from");
            for (boolean empty : new boolean[] { true, false }) {
                String what = e.getKey() + (empty ? " (empty)" : " (wrong types)");
                HttpResponse<String> r;
                try {
                    r = secretary.post(path, badInput(e.getValue(), empty));
                } catch (java.io.IOException broken) { // e.g. a page that failed half way through being sent
                    problems.add("broken answer to " + what + ": " + broken.getMessage());
                    continue;
                }
                String body = r.body() == null ? "" : r.body();
                if (r.statusCode() >= 500) {
                    problems.add(r.statusCode() + " " + what);
                }
                Matcher trace = WebSession.STACK_TRACE.matcher(body);
                if (trace.find()) {
                    problems.add("stack trace from " + what + ": " + trace.group());
                }
                if (body.contains(SCRIPT)) {
                    problems.add("unescaped script echoed by " + what);
                }
                if (r.statusCode() >= 400 && body.isBlank()) {
                    problems.add(r.statusCode() + " without a message from " + what);
                }
            }
        }
        assertThat(problems).as("of %d kinds of form", forms.size()).isEmpty();

        HttpResponse<String> chain = secretary.get("/api/audit/verify");
        assertThat(chain.statusCode()).isEqualTo(200);
        assertThat(chain.body()).contains("\"valid\":true");
        assertThat(secretary.get("/health").statusCode()).as("still healthy after the bad input").isEqualTo(200);
    }

    /** The form's hidden fields as they are (CSRF token, op, version), every other field empty or of the wrong kind. */
    private static Map<String, String> badInput(Element form, boolean empty) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.tagName().equals("input") ? field.attr("type").toLowerCase() : field.tagName();
            if (type.equals("hidden")) {
                values.put(name, field.val());
            } else if (type.equals("checkbox") || type.equals("radio") || type.equals("submit")) {
                if (!empty) {
                    values.putIfAbsent(name, "not-an-option");
                }
            } else if (empty) {
                values.put(name, "");
            } else {
                values.put(name, switch (type) {
                    case "date" -> "31/02/2026";
                    case "number" -> "1e999";
                    case "email" -> "not an address " + SCRIPT;
                    case "select" -> "not-an-option";
                    default -> SCRIPT;
                });
            }
        }
        return values;
    }
}
