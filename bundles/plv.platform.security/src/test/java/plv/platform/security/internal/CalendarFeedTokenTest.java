package plv.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarFeedTokenTest {

    @ParameterizedTest(name = "{0} changing={1} token={2}: {3}")
    @CsvSource({
            "/api/deadlines.ics,            false, abc, true",
            "/deadlines.ics,                false, abc, true",
            "/api/membership/deadlines.ics, false, abc, true",
            "/users;.ics,                   false, abc, false",
            "/api/deadlines.ics;x,          false, abc, false",
            "/api/audit/verify;.ics,        false, abc, false",
            "/board/meetings.ics,           false, abc, false",
            "/x/deadlines.ics,              false, abc, false",
            "/api/membership/deadlines.ics, true,  abc, false",
            "/api/members,                  false, abc, false",
            "/api/membership/deadlines.ics, false, '',  false"})
    void aTokenInTheAddressIsTakenOnlyForReadingACalendarFeed(String path, boolean changing, String token, boolean taken) {
        assertThat(SecurityFilter.calendarFeed(path, changing, token)).isEqualTo(taken);
    }
}
