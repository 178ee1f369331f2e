package plv.board.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import plv.board.api.MinutesEdition;
import plv.report.pdf.internal.PdfaRenderer;

/** Writes the sample meeting's minutes (public and confidential) as PDF/A, for the user guide's pictures. */
public final class MinutesSample {
    private MinutesSample() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target");
        Files.createDirectories(folder);
        PdfaRenderer renderer = new PdfaRenderer();
        for (MinutesEdition edition : MinutesEdition.values()) {
            byte[] pdf = renderer.render(MinutesDocument.build(MinutesDocumentTest.meeting(), edition,
                    edition == MinutesEdition.CONFIDENTIAL, Instant.parse("2026-03-20T09:00:00Z")));
            Files.write(folder.resolve("minutes-" + edition.name().toLowerCase(java.util.Locale.ROOT) + ".pdf"), pdf);
        }
    }
}
