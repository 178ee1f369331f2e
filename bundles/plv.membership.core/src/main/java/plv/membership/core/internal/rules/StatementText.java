package plv.membership.core.internal.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.SchedulePeriod;

/**
 * The canonical text of an issued contributions statement: one record per line, fields separated by tabs, money in
 * whole pence, so the same schedule always gives the same text and the same SHA-256. {@link #read} gives the schedule
 * back exactly.
 * <pre>
 * PLV contributions statement 1
 * year	2028	2028-04-01	2029-03-31	FIXED_FEE	58000000
 * period	2028-04-01	2029-03-31	365	29	58000000
 * line	E09000002	Barking and Dagenham	365	2000000	2000000	0
 * working	Financial year 2028-29: 2028-04-01 to 2029-03-31, 365 days.
 * </pre>
 */
public final class StatementText {

    static final String HEADER = "PLV contributions statement 1";

    private StatementText() {
    }

    public static String write(ContributionSchedule s) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        row(b, "year", s.financialYear(), s.start(), s.end(), s.model() == null ? "" : s.model().name(), s.totalPence());
        for (SchedulePeriod p : s.periods()) {
            row(b, "period", p.start(), p.end(), p.days(), p.members(), p.totalPence());
        }
        for (ContributionLine l : s.lines()) {
            row(b, "line", l.gssCode(), l.memberName(), l.daysAsMember(),
                    String.join(",", l.periodPence().stream().map(String::valueOf).toList()), l.totalPence(),
                    l.incomeOffsetPence());
        }
        for (String w : s.working()) {
            row(b, "working", w);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String kind, Object... fields) {
        b.append(kind);
        for (Object f : fields) {
            b.append('\t').append(String.valueOf(f).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        b.append('\n');
    }

    public static ContributionSchedule read(String text) {
        List<String> rows = List.of(text.split("\n"));
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("not an issued contributions statement");
        }
        String[] y = rows.get(1).split("\t", -1);
        List<SchedulePeriod> periods = new ArrayList<>();
        List<ContributionLine> lines = new ArrayList<>();
        List<String> working = new ArrayList<>();
        for (String r : rows.subList(2, rows.size())) {
            String[] f = r.split("\t", -1);
            switch (f[0]) {
                case "period" -> periods.add(new SchedulePeriod(LocalDate.parse(f[1]), LocalDate.parse(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]), Long.parseLong(f[5])));
                case "line" -> lines.add(new ContributionLine(f[1], f[2], Integer.parseInt(f[3]),
                        f[4].isEmpty() ? List.of() : Arrays.stream(f[4].split(",")).map(Long::valueOf).toList(),
                        Long.parseLong(f[5]), Long.parseLong(f[6])));
                case "working" -> working.add(f[1]);
                default -> throw new IllegalArgumentException("unknown record " + f[0]);
            }
        }
        return new ContributionSchedule(Integer.parseInt(y[1]), LocalDate.parse(y[2]), LocalDate.parse(y[3]),
                y[4].isEmpty() ? null : FundingModel.valueOf(y[4]), periods, lines, Long.parseLong(y[5]), working);
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
