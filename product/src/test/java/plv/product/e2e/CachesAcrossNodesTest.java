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
            String[] settings = nodeSettings(db, "cache-keys");
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

    /**
     * HTTP Basic credentials a node has verified are taken without reading the account again while nothing in the
     * security tables has changed on any node; a lock made on the other node ends them within a second.
     */
    @Test
    void aLockOnOneNodeEndsTheOtherNodesRememberedBasicCredentialsWithinOneSecond() throws Exception {
        try (PgSchema db = new PgSchema("plv_e2e_basic")) {
            String[] settings = nodeSettings(db, "basic-keys");
            try (ProductProcess a = ProductProcess.startAndWait(ProductProcess.newHome("basic-a"), settings);
                    ProductProcess b = ProductProcess.startAndWait(ProductProcess.newHome("basic-b"), settings)) {
                WebSession.awaitSignInPage(a);
                WebSession.awaitSignInPage(b);
                WebSession onA = WebSession.signIn(a, ADMIN, PASSWORD);
                assertThat(onA.post("/users", newUser(onA, "client1")).body()).contains("Created user client1");
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                java.net.http.HttpRequest me = java.net.http.HttpRequest.newBuilder(java.net.URI.create(b.url("/api/me")))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "client1:a-long-password-client1".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
                for (int i = 0; i < 5; i++) {   // verified once, then remembered on B
                    assertThat(http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                }
                Map<String, String> lock = Map.of("csrf", onA.csrf("/users/client1"));
                assertThat(onA.post("/users/client1/lock", lock).body()).contains("Locked client1");
                long at = System.nanoTime();
                int status = 200;
                while (status == 200 && System.nanoTime() - at < Duration.ofSeconds(1).toNanos()) {
                    status = http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode();
                }
                System.out.printf("the lock made on A refused B's remembered Basic credentials after %d ms%n",
                        (System.nanoTime() - at) / 1_000_000);
                assertThat(status).as("B refuses the locked user's Basic credentials within 1 s of A's lock").isEqualTo(401);
            }
        }
    }

    /** Two nodes on one PostgreSQL schema share the audit keys (docs/operations.md) and start with the same administrator. */
    static String[] nodeSettings(PgSchema db, String keysHome) throws Exception {
        return new String[] {"-Dplv.db.url=" + db.url(), "-Dplv.db.user=postgres",
            "-Dplv.audit.keys=" + ProductProcess.newHome(keysHome).resolve("keys"), "-Dplv.admin.user=" + ADMIN,
            "-Dplv.admin.password=" + PASSWORD};
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
