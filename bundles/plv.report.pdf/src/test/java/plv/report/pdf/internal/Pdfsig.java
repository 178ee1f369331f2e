package plv.report.pdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's {@code pdfsig} (Debian's poppler-utils), run on a file the tests produced: an independent signature check. */
public final class Pdfsig {
    private Pdfsig() {
    }

    /** What pdfsig prints for {@code pdf} (its standard output and error together). */
    public static String check(byte[] pdf) {
        try {
            Path file = Files.createTempFile("plv-signed", ".pdf");
            try {
                Files.write(file, pdf);
                Process p = new ProcessBuilder(command(), file.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("pdfsig did not finish in 60 s");
                }
                return out;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("pdfsig cannot be run (install Debian's poppler-utils): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String command() {
        return Files.isExecutable(Path.of("/usr/bin/pdfsig")) ? "/usr/bin/pdfsig" : "pdfsig";
    }

    /** The number of signatures pdfsig reports as "Signature is Valid." in {@code output}. */
    public static long valid(String output) {
        return output.lines().filter(l -> l.contains("Signature Validation: Signature is Valid.")).count();
    }
}
