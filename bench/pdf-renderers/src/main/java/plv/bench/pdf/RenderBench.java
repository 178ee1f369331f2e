package plv.bench.pdf;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

import plv.report.pdf.PdfRenderer;
import plv.report.pdf.ReportDocument;
import plv.report.pdf.internal.LongDocument;
import plv.report.pdf.internal.PdfA;
import plv.report.pdf.internal.PdfaRenderer;

/**
 * Renders the minutes of bench/minutes-pdf.sh (LongDocument.minutes(30, true): attendance, 30 items of long text
 * with vote tables, DRAFT watermark) with one renderer and prints the time per document after warm-up, the pages, the
 * size, whether every item's markers came out in order, and veraPDF's PDF/A-2b verdict.
 * Usage: RenderBench own|html|html-nogsub warmups runs out.pdf [--validate]. Run by bench/pdf-renderers.sh, one JVM per renderer.
 */
public final class RenderBench {
    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args[0];
        int warmUp = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        boolean validate = args.length > 4 && args[4].equals("--validate");
        ReportDocument doc = LongDocument.minutes(30, true);
        var threads = ManagementFactory.getThreadMXBean();
        // the whole JVM's CPU time as well: the rendering thread's own time leaves out the collector's and the JIT's work
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        PdfRenderer renderer = switch (which) {
            case "own" -> new PdfaRenderer();
            case "html" -> new HtmlRenderer(false);
            case "html-nogsub" -> new HtmlRenderer(true);
            default -> throw new IllegalArgumentException("own or html, not " + which);
        };
        byte[] pdf = renderer.render(doc);
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        long firstCpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        for (int i = 0; i < warmUp; i++) {
            pdf = renderer.render(doc);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double[] processCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long p0 = os.getProcessCpuTime();
            c0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            pdf = renderer.render(doc);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            processCpu[i] = (os.getProcessCpuTime() - p0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(processCpu);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, pdf);
        int pages;
        String text;
        try (var loaded = Loader.loadPDF(pdf)) {
            pages = loaded.getNumberOfPages();
            text = new PDFTextStripper().getText(loaded);
        }
        List<String> markers = LongDocument.markers(doc);
        int at = 0;
        int found = 0;
        for (String m : markers) {
            int i = text.indexOf(m, at);
            if (i >= 0) {
                found++;
                at = i + m.length();
            }
        }
        String label = switch (which) {
            case "own" -> "own layout (plv.report.pdf, PDFBox)";
            case "html" -> "HTML/CSS (openhtmltopdf, PDFBox)";
            default -> "HTML/CSS (openhtmltopdf, PDFBox), fonts loaded without GSUB as the own layout does";
        };
        System.out.printf("%s: %d warm-ups, %d runs (load average %.1f on %d cores)%n", label, warmUp, runs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf("  wall ms per document: median %.1f, p90 %.1f, min %.1f, max %.1f%n", wall[runs / 2], p90(wall), wall[0],
                wall[runs - 1]);
        System.out.printf("  CPU ms per document: rendering thread median %.1f, p90 %.1f; whole JVM median %.1f, p90 %.1f%n",
                cpu[runs / 2], p90(cpu), processCpu[runs / 2], p90(processCpu));
        System.out.printf("  first document in a fresh JVM (class loading, font reading): %d ms wall, %d ms CPU%n", firstMs, firstCpu);
        System.out.printf("  %d pages, %,d bytes (%.0f KB); markers in order: %d of %d%n", pages, pdf.length, pdf.length / 1024.0,
                found, markers.size());
        if (validate) {
            List<String> failed = PdfA.failedRules(pdf);
            System.out.println("  veraPDF PDF/A-2b: " + (failed.isEmpty() ? "PASS (0 failed rules)" : "FAIL " + failed));
        }
        System.out.println("  file: " + out);
    }

    private static double p90(double[] sorted) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.9) - 1)];
    }
}
