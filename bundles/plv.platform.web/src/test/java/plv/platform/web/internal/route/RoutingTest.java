package plv.platform.web.internal.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.web.route.Label;
import plv.platform.api.web.route.MaxLength;
import plv.platform.api.web.route.Matches;
import plv.platform.api.web.route.Range;
import plv.platform.api.web.route.Required;
import plv.platform.api.web.route.Secret;

class RoutingTest {

    @Test
    void patterns_match_typed_segments_and_literals_win() {
        RoutePattern detail = RoutePattern.parse("/users/{username}");
        RoutePattern create = RoutePattern.parse("/users/new");
        assertThat(detail.match(List.of("users", "anna"))).isEqualTo(Map.of("username", "anna"));
        assertThat(detail.match(List.of("users"))).isNull();
        assertThat(detail.match(List.of("users", "anna", "lock"))).isNull();
        assertThat(detail.match(List.of("users", ""))).isNull();
        List<RoutePattern> sorted = new ArrayList<>(List.of(detail, create));
        sorted.sort(null);
        assertThat(sorted).containsExactly(create, detail);
        assertThat(detail.prefix()).isEqualTo("/users");
        assertThat(RoutePattern.parse("/").prefix()).isEmpty();
    }

    @Test
    void bad_patterns_are_refused_with_the_reason() {
        assertThatThrownBy(() -> RoutePattern.parse("users")).hasMessageContaining("must start with /");
        assertThatThrownBy(() -> RoutePattern.parse("/{id}")).hasMessageContaining("literal segment");
        assertThatThrownBy(() -> RoutePattern.parse("/a/{id}/{id}")).hasMessageContaining("twice");
        assertThatThrownBy(() -> RoutePattern.parse("/a/b c")).hasMessageContaining("bad segment");
    }

    enum Kind { ORDINARY, SPECIAL }

    record Sample(@Required @MaxLength(5) String name, @Label("Date ratified") LocalDate ratifiedOn, @Range(min = 1, max = 10) int count,
            BigDecimal fee, boolean confirmed, Kind kind, Role role, List<String> councils,
            @Matches(regex = "E0[69]\\d{6}", hint = "like E09000010") String gss, @Secret String password) {
    }

    private static Map<String, String[]> form(String... pairs) {
        java.util.Map<String, String[]> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.merge(pairs[i], new String[] { pairs[i + 1] }, (a, b) -> {
                String[] c = java.util.Arrays.copyOf(a, a.length + 1);
                c[a.length] = b[0];
                return c;
            });
        }
        return m;
    }

    @Test
    void a_good_form_binds_every_type() {
        Map<String, String[]> f = form("name", " Ann ", "ratifiedOn", "31/03/2028", "count", "3", "fee", "£20,000.50",
                "confirmed", "on", "kind", "special", "role", "monitoring-officer", "councils", "E09000001", "councils",
                "E09000002", "gss", "E09000010", "password", "x");
        Sample s = FormBinder.bind(Sample.class, f::get);
        assertThat(s).isEqualTo(new Sample("Ann", LocalDate.of(2028, 3, 31), 3, new BigDecimal("20000.50"), true, Kind.SPECIAL,
                Role.MONITORING_OFFICER, List.of("E09000001", "E09000002"), "E09000010", "x"));
    }

    @Test
    void a_bad_form_names_every_field_and_keeps_what_was_typed_but_secrets() {
        Map<String, String[]> f = form("name", "", "ratifiedOn", "2028-02-30", "count", "11", "fee", "12.345", "kind", "huge",
                "gss", "W06000001", "password", "hunter2");
        assertThatThrownBy(() -> FormBinder.bind(Sample.class, f::get)).isInstanceOfSatisfying(FormBinder.Refused.class, e -> {
            assertThat(e.errors()).extracting(x -> x.field() + "=" + x.message()).containsExactly(
                    "name=Name: enter a value",
                    "ratifiedOn=Date ratified: enter a real date, like 2028-03-31",
                    "count=Count: enter a number from 1 to 10",
                    "fee=Fee: enter at most two decimal places (pence)",
                    "kind=Kind: choose one of the options",
                    "gss=Gss: enter it like E09000010");
            assertThat(e.typed()).containsEntry("ratifiedOn", "2028-02-30").containsEntry("password", "");
        });
    }

    record Plan(@Label("Date and time") java.time.LocalDateTime startsAt) {
    }

    @Test
    void a_date_and_time_binds_as_a_datetime_local_field_posts_it_and_a_bad_one_is_refused() {
        java.time.LocalDateTime expected = java.time.LocalDateTime.of(2027, 1, 15, 10, 0);
        assertThat(FormBinder.bind(Plan.class, form("startsAt", "2027-01-15T10:00")::get).startsAt()).isEqualTo(expected);
        assertThat(FormBinder.bind(Plan.class, form("startsAt", "2027-01-15 10:00")::get).startsAt()).isEqualTo(expected);
        assertThat(FormBinder.bind(Plan.class, form("startsAt", "")::get).startsAt()).isNull();
        assertThatThrownBy(() -> FormBinder.bind(Plan.class, form("startsAt", "2027-02-30T10:00")::get))
                .isInstanceOfSatisfying(FormBinder.Refused.class, e -> assertThat(e.errors()).extracting(x -> x.field() + "=" + x.message())
                        .containsExactly("startsAt=Date and time: enter a real date and time, like 2028-03-31T14:00"));
    }

    @Test
    void too_long_text_is_refused_naming_the_limit() {
        Map<String, String[]> f = form("name", "Annabel");
        assertThatThrownBy(() -> FormBinder.bind(Sample.class, f::get)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 5 characters (you typed 7)");
    }

    record Check(String consulted, LocalDate consultedOn) {
    }

    record Review(@Required String outcome, List<String> notes, List<Check> checks) {
    }

    @Test
    void a_text_area_binds_one_entry_per_line_and_repeated_groups_keep_their_index() {
        Map<String, String[]> f = form("outcome", "CONFIRMED", "notes", "first\r\n\n  second  \n", "consulted-0", "yes",
                "consultedOn-0", "2023-03-25", "consultedOn-1", "", "consulted-2", "no", "consultedOn-2", "");
        Review r = FormBinder.bind(Review.class, f::get);
        assertThat(r.notes()).containsExactly("first", "second");
        assertThat(r.checks()).containsExactly(new Check("yes", LocalDate.of(2023, 3, 25)), new Check(null, null),
                new Check("no", null));
        assertThat(FormBinder.bind(Review.class, form("outcome", "QUERY")::get).checks()).isEmpty();
    }

    @Test
    void a_refused_group_field_is_named_with_its_index_and_what_was_typed_is_kept() {
        Map<String, String[]> f = form("consulted-0", "yes", "consultedOn-0", "2023-02-30", "consulted-1", "no",
                "consultedOn-1", "25/03/2023");
        assertThatThrownBy(() -> FormBinder.bind(Review.class, f::get)).isInstanceOfSatisfying(FormBinder.Refused.class, e -> {
            assertThat(e.errors()).extracting(x -> x.field() + "=" + x.message()).containsExactly(
                    "outcome=Outcome: enter a value",
                    "consultedOn-0=Consulted on (1): enter a real date, like 2028-03-31");
            assertThat(e.typed()).containsEntry("consultedOn-0", "2023-02-30").containsEntry("consulted-1", "no")
                    .containsEntry("consultedOn-1", "25/03/2023");
        });
    }

    @Test
    void no_more_than_the_limit_of_groups_is_read() {
        Map<String, String[]> f = form("outcome", "x", "consulted-" + (FormBinder.MAX_GROUPS + 5), "yes", "consulted-3", "no");
        assertThat(FormBinder.bind(Review.class, f::get).checks()).hasSize(4);
    }
}
