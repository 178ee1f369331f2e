package plv.decisions.core.internal;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;

import plv.decisions.api.ImportResult;
import plv.platform.api.Actor;
import plv.platform.api.Role;

/**
 * Benchmark (issue 11, finding 7): imports a CSV of 12,000 council decisions (about 5 MB) into Derby and PostgreSQL and
 * prints the time and the extra heap (peak of the heap pools during the import, less the heap in use before).
 * Aim: under 10 s and under 200 MB. Usage: bench/decisions-import.sh [derby|postgresql|both] [rows]
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 12_000;
        byte[] csv = csv(rows);
        System.out.printf("CSV: %,d rows, %.1f MB%n", rows, csv.length / 1e6);
        if (which.equals("derby") || which.equals("both")) {
            run("derby", TestStore::derby, csv, rows);
        }
        if (which.equals("postgresql") || which.equals("both")) {
            run("postgresql", TestStore::postgres, csv, rows);
        }
    }

    private static void run(String name, Supplier<TestStore> db, byte[] csv, int rows) {
        try (TestStore store = db.get()) {
            plv.platform.api.time.PlvClock clock = plv.platform.api.time.PlvClock.fixedOn(LocalDate.of(2026, 6, 1));
            DecisionData data = new DecisionData(store, new DecisionRules(plv.platform.api.time.WorkingDays.englandAndWales(), 5,
                    java.util.Map.of(), 10, 5), new LondonAuthorityList(), clock);
            DecisionFileImport importer = new DecisionFileImport(data);
            System.gc();
            long baseline = used();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportResult r = importer.importCsv(new Actor("sec", "Company Secretary", Role.SECRETARY, null), new ByteArrayInputStream(csv));
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            if (!r.ok() || r.saved() != rows) {
                throw new IllegalStateException("import refused: " + r.errors().subList(0, Math.min(3, r.errors().size())));
            }
            System.out.printf("%s: imported %,d decisions in %.2f s, %.2f s CPU of the importing thread (aim < 10 s: %s);"
                    + " extra heap at peak %d MB (aim < 200 MB: %s); load average %.1f%n",
                    name, r.saved(), seconds, cpu, seconds < 10 ? "met" : "NOT met", (peak - baseline) >> 20,
                    peak - baseline < 200L << 20 ? "met" : "NOT met", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Valid decisions of the 33 London councils, about 420 bytes a row. */
    static byte[] csv(int rows) {
        StringBuilder b = new StringBuilder("councilGss,reference,title,decisionMaker,decisionDate,keyDecision,keyDecisionReason,"
                + "noticePublished,decisionDue,status,exempt,exemptParagraph,decision,reasons\n");
        for (int i = 1; i <= rows; i++) {
            String gss = String.format("E09%06d", 1 + i % 33);
            b.append(gss).append(",IMP-").append(i).append(",Join the PLV commissioning programme ").append(i)
                    .append(",Cabinet,14/02/2023,Key,Over £500k,2023-01-05,2023-02-14,Recommendations Approved,no,,")
                    .append("\"To join the London partnership for commissioning, agree the members' agreement and delegate")
                    .append(" the signing to the director, within the budget set by full council.\",")
                    .append("\"Joining shares the cost of placements, gives access to the framework and the shared")
                    .append(" quality assurance, and keeps the council's own duties, as the report of the director explains.\"\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
