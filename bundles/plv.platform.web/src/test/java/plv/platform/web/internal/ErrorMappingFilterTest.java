package plv.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

import freemarker.template.TemplateModelException;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;

class ErrorMappingFilterTest {

    @Test
    void aKnownExceptionIsFoundThroughItsWrappers() {
        AccessDeniedException denied = new AccessDeniedException("Hackney's record");
        assertThat(ErrorMappingFilter.known(new ServletException(new IOException(denied)))).isSameAs(denied);
        NotFoundException missing = new NotFoundException("no such agreement");
        assertThat(ErrorMappingFilter.known(new TemplateModelException(missing))).isSameAs(missing);
        ConcurrentChangeException stale = new ConcurrentChangeException("member agreement 7");
        assertThat(ErrorMappingFilter.known(stale)).isSameAs(stale);
    }

    @Test
    void anApiRefusalNamesEachFieldAsJson() throws Exception {
        String json = "{" + ErrorMappingFilter.fields(new plv.platform.api.ValidationException(java.util.List.of(
                new plv.platform.api.FieldError("folder", "Give an \"absolute\" path."), new plv.platform.api.FieldError("at", "Not a date."))))
                .substring(1) + "}";
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        org.assertj.core.api.Assertions.assertThat(tree.get("field").asText()).isEqualTo("folder");
        org.assertj.core.api.Assertions.assertThat(tree.get("errors").get(0).get("message").asText()).isEqualTo("Give an \"absolute\" path.");
        org.assertj.core.api.Assertions.assertThat(tree.get("errors").get(1).get("field").asText()).isEqualTo("at");
        org.assertj.core.api.Assertions.assertThat(ErrorMappingFilter.fields(new IllegalStateException("x"))).isEmpty();
    }

    @Test
    void anythingElseIsItself() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(ErrorMappingFilter.known(new ServletException(bug))).isInstanceOf(ServletException.class);
    }

    @Test
    void errorReferencesAreShortAndDistinct() {
        assertThat(ErrorReference.next()).matches("PLV-[0-9A-F]{8}").isNotEqualTo(ErrorReference.next());
    }

    @Test
    void errorTextsNeverLeakDetail() {
        assertThat(ErrorTexts.explanation(500)).contains("reference").doesNotContain("Exception");
        assertThat(ErrorTexts.title(409)).isEqualTo("Someone else changed this record");
    }

    @Test
    void afterSignInOnlyLocalPathsAreFollowed() {
        assertThat(SignInServlet.safeNext("/decisions/12")).isEqualTo("/decisions/12");
        assertThat(SignInServlet.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(SignInServlet.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SignInServlet.safeNext("/sign-out")).isEqualTo("/");
        assertThat(SignInServlet.safeNext(null)).isEqualTo("/");
    }
}
