package plv.itest.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/** Small helpers shared by the in-framework tests. */
public final class Itest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Itest() {
    }

    public static BundleContext context() {
        return FrameworkUtil.getBundle(Itest.class).getBundleContext();
    }

    public static String property(String key) {
        return context().getProperty(key);
    }

    /** GET on the product's own HTTP port, retrying while Jetty (re)starts its listener. */
    public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + property("plv.http.port") + path);
        IOException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw last;
    }

    private static volatile String adminToken;

    /**
     * {@code GET /api/health} with a company secretary's API token: the full health report (anonymous callers of
     * {@code /health} get only the status).
     */
    public static HttpResponse<String> healthDetails() throws IOException, InterruptedException {
        return getAsSecretary("/api/health");
    }

    /** GET {@code path} with a company secretary's API token. */
    public static HttpResponse<String> getAsSecretary(String path) throws IOException, InterruptedException {
        if (adminToken == null) {
            var ref = context().getServiceReference(UserDirectory.class);
            adminToken = calendarToken(context().getService(ref), Role.SECRETARY);
        }
        URI uri = URI.create("http://127.0.0.1:" + property("plv.http.port") + path);
        IOException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + adminToken)
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw last;
    }

    /** A new user of {@code role} with a personal API token, as a calendar program would be given; answers the token. */
    public static String calendarToken(UserDirectory users, Role role) {
        Actor secretary = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);
        String name = role.id() + ".calendar." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(secretary, new NewUser(name, "Calendar of " + name, role, null, "a long enough password"));
        return users.issueToken(secretary, name, "Deadlines calendar").secret();
    }

    /** The deadlines feed read with {@code ?token=} (as a calendar program does), with folded lines joined again. */
    public static String deadlinesFeed(String token) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/deadlines.ics?token=" + token);
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar")) {
            throw new AssertionError("The deadlines feed answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().replace("\r\n ", "");
    }

    /** Waits up to {@code seconds} for the condition; answers whether it came true. */
    public static boolean eventually(int seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
