package plv.report.pdf.internal;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;

import plv.report.pdf.AgendaPack;

/**
 * Makes a pack of a little over 200 pages from 20 papers (10 written, 10 PDF/A uploads of 11 pages) and prints the
 * median time after warm-up, the file size and the heap in use after a run. Run by {@code bench/board-pack.sh}, best
 * with a small heap (-Xmx) to show that the memory stays bounded: the pages go to scratch files.
 */
public final class PackBenchmark {
    private PackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = Path.of(args.length > 2 ? args[2] : "target/pack-bench.pdf");
        Files.createDirectories(out.toAbsolutePath().getParent());
        AgendaPack pack = PackSample.large();
        PdfaPackAssembler assembler = new PdfaPackAssembler();
        for (int i = 0; i < warmUp; i++) {
            try (OutputStream o = Files.newOutputStream(out)) {
                assembler.assemble(pack, o);
            }
        }
        long[] ms = new long[runs];
        long peakHeap = 0;
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            try (OutputStream o = Files.newOutputStream(out)) {
                assembler.assemble(pack, o);
            }
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        }
        Arrays.sort(ms);
        int pages;
        try (var loaded = Loader.loadPDF(out.toFile())) {
            pages = loaded.getNumberOfPages();
        }
        long size = Files.size(out);
        System.out.printf("agenda pack PDF/A-2b: %d pages from 20 papers, %,d bytes (%.1f MB)%n", pages, size, size / 1048576.0);
        System.out.printf("assembly after %d warm-up runs, %d runs: median %d ms, min %d ms, max %d ms (load average %.1f on %d cores)%n",
                warmUp, runs, ms[runs / 2], ms[0], ms[runs - 1], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("heap: max %d MB allowed, %d MB in use at most after a run%n", Runtime.getRuntime().maxMemory() / 1048576,
                peakHeap / 1048576);
        System.out.printf("aim: 200+ pages under 2 s -> %s%n", pages >= 200 && ms[runs / 2] < 2000 ? "met" : "NOT met");
        if (args.length > 3 && args[3].equals("--validate")) {
            var failed = PdfA.failedRules(Files.readAllBytes(out));
            System.out.println("veraPDF PDF/A-2b: " + (failed.isEmpty() ? "compliant, 0 failed rules" : failed));
        }
    }
}
