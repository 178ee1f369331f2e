package plv.decisions.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import plv.decisions.api.DecisionStatus;
import plv.platform.api.ValidationException;

class FormFieldsTest {

    static HttpServletRequest request(Map<String, String> params) {
        return (HttpServletRequest) Proxy.newProxyInstance(FormFieldsTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> params.get((String) args[0]);
                    case "getParameterMap" -> params.entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new String[] { e.getValue() }));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void readsEveryFieldAndNotesAllThatCannotBeRead() {
        FormFields f = new FormFields(request(Map.of("limit", "£250,000.50", "plain", "1250", "day", "2023-02-08",
                "bad", "2023-02-30", "money", "12.345", "status", "DECIDED", "links", "a\r\n\n b ", "csrf", "t", "blank", "  ")));
        assertThat(f.pence("limit")).isEqualTo(25_000_050L);
        assertThat(f.pence("plain")).isEqualTo(125_000L);
        assertThat(f.date("day")).isEqualTo(LocalDate.of(2023, 2, 8));
        assertThat(f.text("blank")).isNull();
        assertThat(f.pence("blank")).isNull();
        assertThat(f.lines("links")).containsExactly("a", "b");
        assertThat(f.choice("status", DecisionStatus::parse, "x")).isEqualTo(DecisionStatus.DECIDED);
        assertThat(f.typed()).doesNotContainKey("csrf").containsEntry("bad", "2023-02-30");
        f.throwIfUnreadable();
        assertThat(f.date("bad")).isNull();
        assertThat(f.pence("money")).isNull();
        assertThatThrownBy(f::throwIfUnreadable).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                FormFields.byField(e)).containsOnlyKeys("bad", "money").containsEntry("money",
                        "'12.345' is not an amount in pounds: enter it like 250000 or 250,000.00."));
    }
}
