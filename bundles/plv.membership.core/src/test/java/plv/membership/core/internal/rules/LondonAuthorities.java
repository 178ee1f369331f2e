package plv.membership.core.internal.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The 33 authorities of the bundle's reference CSV, as membership windows for tests. */
final class LondonAuthorities {

    private LondonAuthorities() {
    }

    static List<String[]> rows() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LondonAuthorities.class.getResourceAsStream("/reference/london-authorities.csv"), StandardCharsets.UTF_8))) {
            return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All 33 as members from 1 April 2023 with no end. */
    static List<MembershipWindow> allFrom2023() {
        List<MembershipWindow> out = new ArrayList<>();
        for (String[] row : rows()) {
            out.add(new MembershipWindow(row[0], row[1], LocalDate.of(2023, 4, 1), null));
        }
        return out;
    }

    /** The same with one member's window replaced. */
    static List<MembershipWindow> with(String gss, LocalDate from, LocalDate to) {
        return allFrom2023().stream()
                .map(w -> w.gssCode().equals(gss) ? new MembershipWindow(gss, w.name(), from, to) : w).toList();
    }
}
