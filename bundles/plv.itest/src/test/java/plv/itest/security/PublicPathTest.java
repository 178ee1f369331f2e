package plv.itest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Hashtable;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.itest.platform.Itest;
import plv.platform.api.web.CurrentUser;
import plv.platform.security.api.PublicPath;

/**
 * The security filter in the real framework: a page is for signed-in users unless its bundle marks it public with
 * {@link PublicPath}, and the mark goes when the page goes. Security headers are on every answer.
 */
@ExtendWith(ServiceExtension.class)
class PublicPathTest {

    private static final String SERVLET_PATTERN = "osgi.http.whiteboard.servlet.pattern";

    @InjectService(timeout = 30_000)
    static CurrentUser currentUser;

    static final class Page extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().write("published minutes");
        }
    }

    @Test
    void onlyPagesMarkedPublicAreServedWithoutSignIn() throws Exception {
        Hashtable<String, Object> open = new Hashtable<>();
        open.put(SERVLET_PATTERN, "/itest-public/*");
        open.put(PublicPath.NAME, new String[] { "/itest-public/*" });
        Hashtable<String, Object> closed = new Hashtable<>();
        closed.put(SERVLET_PATTERN, "/itest-private/*");
        ServiceRegistration<Servlet> publicPage = Itest.context().registerService(Servlet.class, new Page(), open);
        ServiceRegistration<Servlet> privatePage = Itest.context().registerService(Servlet.class, new Page(), closed);
        try {
            assertThat(Itest.eventually(10, () -> status("/itest-public/2026-03-board.pdf") == 200)).isTrue();
            HttpResponse<String> r = Itest.get("/itest-public/2026-03-board.pdf");
            assertThat(r.body()).isEqualTo("published minutes");
            assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

            HttpResponse<String> refused = Itest.get("/itest-private/x");
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/sign-in?next="));

            publicPage.unregister();
            publicPage = null;
            // without the page the path is no longer public: the sign-in redirect (or 404 when no page claims it)
            assertThat(Itest.eventually(10, () -> status("/itest-public/2026-03-board.pdf") != 200))
                    .as("no longer served once the page is gone").isTrue();
            assertThat(status("/itest-public/2026-03-board.pdf")).isIn(302, 404);
        } finally {
            if (publicPage != null) {
                publicPage.unregister();
            }
            privatePage.unregister();
        }
    }

    private static int status(String path) {
        try {
            return Itest.get(path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
