package plv.report.pdf.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;

import plv.report.pdf.ReportDocument;

/**
 * Renders the minutes of a long meeting (30 items of long text with vote tables, 40+ pages) to PDF/A and prints the
 * time per document after warm-up and the file's size. Run by {@code bench/minutes-pdf.sh}.
 */
public final class MinutesBenchmark {
    private MinutesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path out = Path.of(args.length > 2 ? args[2] : "target/minutes-bench.pdf");
        ReportDocument doc = LongDocument.minutes(30, true);
        PdfaRenderer renderer = new PdfaRenderer();
        byte[] pdf = null;
        for (int i = 0; i < warmUp; i++) {
            pdf = renderer.render(doc);
        }
        long[] ms = new long[runs];
        long[] cpuMs = new long[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            pdf = renderer.render(doc);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, pdf);
        int pages;
        try (var loaded = Loader.loadPDF(pdf)) {
            pages = loaded.getNumberOfPages();
        }
        System.out.printf("minutes PDF/A-2b: %d pages, %d items, %,d bytes (%.0f KB)%n", pages, 30, pdf.length, pdf.length / 1024.0);
        System.out.printf("render time after %d warm-up runs, %d runs: median %d ms, min %d ms, max %d ms%n", warmUp, runs,
                ms[runs / 2], ms[0], ms[runs - 1]);
        // on a shared machine the wall-clock time includes waiting for a core; the CPU time is the rendering's own work
        System.out.printf("CPU time of the rendering thread: median %d ms, min %d ms (load average %.1f on %d cores)%n",
                cpuMs[runs / 2], cpuMs[0], java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("aim: under 500 ms and under 1 MB -> %s%n",
                ms[runs / 2] < 500 && pdf.length < 1024 * 1024 ? "met" : "NOT met");
        if (args.length > 3 && args[3].equals("--validate")) {
            var failed = PdfA.failedRules(pdf);
            System.out.println("veraPDF PDF/A-2b: " + (failed.isEmpty() ? "compliant, 0 failed rules" : failed));
        }
    }
}
