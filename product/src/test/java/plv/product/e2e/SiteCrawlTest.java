package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plv.product.ProductProcess;

/**
 * Every page a user can reach by following links, for each demo role (docs/demo-users.md): signed in as that user,
 * the walk follows every link the product itself rendered, breadth first from the dashboard. A link the product
 * shows must work for the person it is shown to: no 5xx, no 404 (a broken link), no 403 (a link to something the
 * reader may not see), and no Java stack trace in any answer. Whatever bundles add pages, this walks them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteCrawlTest {

    private static final int MAX_PAGES = 400;
    private ProductProcess product;

    @BeforeAll
    void start() throws Exception {
        product = ProductProcess.startAndWait(ProductProcess.newHome("crawl"), "-Dplv.demo=true");
        WebSession.awaitSignInPage(product);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (product != null) {
            product.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "secretary, plv-demo-secretary", "director, plv-demo-director", "mo.camden, plv-demo-camden",
            "commissioner, plv-demo-commissioner", "viewer, plv-demo-viewer" })
    void everyLinkShownToAUserWorksForThatUser(String username, String password) throws Exception {
        WebSession user = WebSession.signIn(product, username, password);
        List<String> problems = new ArrayList<>();
        int visited = user.walk("/", MAX_PAGES, v -> {
            if (v.response().statusCode() >= 400) {
                problems.add(v.response().statusCode() + " " + v.address() + " (linked from " + v.linkedFrom() + ")");
            }
            Matcher trace = WebSession.STACK_TRACE.matcher(v.response().body());
            if (trace.find()) {
                problems.add("stack trace in " + v.address() + ": " + trace.group());
            }
        });
        assertThat(problems).as("links that fail for %s (%d addresses visited)", username, visited).isEmpty();
        assertThat(visited).as("the walk reached beyond the dashboard").isGreaterThan(5);
    }
}
