package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import plv.product.PgSchema;
import plv.product.ProductProcess;

/**
 * A list one node keeps in its read cache shows a change made on another node sharing the PostgreSQL database within
 * a second (the caches keep results up to 5 s; what makes them fresh is the change announcement, not their age).
 */
class CachesAcrossNodesTest {

    static final String ADMIN = "operator";
    static final String PASSWORD = "operator-password-1";

    @Test
    void aUserAddedOnOneNodeShowsInTheOtherNodesCachedUserListWithinOneSecond() throws Exception {
        try (PgSchema db = new PgSchema("plv_e2e_cache")) {
            String[] settings = {"-Dplv.db.url=" + db.url(), "-Dplv.db.user=postgres", "-Dplv.admin.user=" + ADMIN,
                    "-Dplv.admin.password=" + PASSWORD};
            try (ProductProcess a = ProductProcess.startAndWait(ProductProcess.newHome("cache-a"), settings);
                    ProductProcess b = ProductProcess.startAndWait(ProductProcess.newHome("cache-b"), settings)) {
                WebSession.awaitSignInPage(a);
                WebSession.awaitSignInPage(b);
                WebSession onA = WebSession.signIn(a, ADMIN, PASSWORD);
                WebSession onB = WebSession.signIn(b, ADMIN, PASSWORD);
                for (int round = 1; round <= 3; round++) {
                    String username = "cached" + round;
                    // B reads the list (and keeps it in its cache), then A adds a user
                    assertThat(onB.get("/users?q=" + username).body()).doesNotContain("/users/" + username + "\"");
                    assertThat(onB.get("/users?q=" + username).body()).doesNotContain("/users/" + username + "\"");
                    HttpResponse<String> added = onA.post("/users", newUser(onA, username));
                    assertThat(added.body()).as("A created %s", username).contains("Created user " + username);
                    long at = System.nanoTime();
                    boolean shown = false;
                    while (!shown && System.nanoTime() - at < Duration.ofSeconds(1).toNanos()) {
                        shown = onB.get("/users?q=" + username).body().contains("/users/" + username + "\"");
                    }
                    long millis = (System.nanoTime() - at) / 1_000_000;
                    System.out.printf("round %d: the user added on A showed on B after %d ms%n", round, millis);
                    assertThat(shown).as("round %d: B's user list shows %s within 1 s of A's answer", round, username).isTrue();
                }
            }
        }
    }

    static Map<String, String> newUser(WebSession session, String username) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", session.csrf("/users/new"));
        form.put("username", username);
        form.put("displayName", "User " + username);
        form.put("role", "viewer");
        form.put("councilGss", "");
        form.put("password", "a-long-password-" + username);
        return form;
    }
}
