package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import plv.product.ProductProcess;

/** The platform's JSON API as a council system or a script uses it: HTTP Basic, no browser session. */
class AdminApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void auditVerificationAndOnlineBackupOverTheApi() throws Exception {
        Path home = ProductProcess.newHome("api");
        try (ProductProcess p = ProductProcess.startAndWait(home, "-Dplv.admin.user=sec", "-Dplv.admin.password=Long-enough-secret-1")) {
            assertThat(p.get("/api/audit/verify").statusCode()).isEqualTo(401);

            HttpResponse<String> verify = send(p, HttpRequest.newBuilder(URI.create(p.url("/api/audit/verify"))).GET(), "sec");
            assertThat(verify.statusCode()).isEqualTo(200);
            assertThat(verify.body()).matches("\\{\"valid\":true,\"entries\":[1-9][0-9]*,\"firstBrokenEntry\":null,\"reason\":null}");

            Path target = home.resolve("backup-over-api");
            HttpResponse<String> backup = send(p, post(p, "/api/admin/backup", "folder=" + enc(target.toString())), "sec");
            assertThat(backup.statusCode()).as(backup.body()).isEqualTo(200);
            assertThat(target.resolve("db/service.properties")).exists();

            HttpResponse<String> relative = send(p, post(p, "/api/admin/backup", "folder=relative/path"), "sec");
            assertThat(relative.statusCode()).isEqualTo(400);
            assertThat(relative.body()).contains("\"field\":\"folder\"").contains("absolute path");
        }
    }

    private static HttpRequest.Builder post(ProductProcess p, String path, String form) {
        return HttpRequest.newBuilder(URI.create(p.url(path))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static HttpResponse<String> send(ProductProcess p, HttpRequest.Builder request, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":Long-enough-secret-1").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
