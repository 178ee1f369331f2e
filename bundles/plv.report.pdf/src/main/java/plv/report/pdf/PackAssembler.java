package plv.report.pdf;

import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Makes a meeting's agenda pack as one PDF/A-2b file: the cover and agenda (with page numbers), then each paper, a
 * bookmark for the cover, the agenda, each item and each paper, and "Page X of Y" with the pack's title on every page.
 * A written paper is laid out like the suite's other documents. An uploaded paper is carried in page by page when it
 * is itself PDF/A (so the pack stays PDF/A); any other upload is replaced by a page that names the paper and says what
 * the secretary can do. Pages are kept in scratch files, not in memory, while the pack is made.
 */
@ProviderType
public interface PackAssembler {

    /** Writes the pack to {@code out} (not closed). */
    void assemble(AgendaPack pack, OutputStream out);
}
