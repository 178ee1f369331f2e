package plv.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A meeting's agenda pack: a cover, the agenda (with the page on which each paper starts) and the papers, in agenda
 * order. Which items and papers it holds is the caller's decision (a public edition leaves exempt papers out).
 *
 * @param title     e.g. "Board meeting, 12 March 2026: agenda pack (public edition)"; in the metadata and every footer
 * @param author    who issues it (the company secretary)
 * @param created   when it was made
 * @param cover     the cover's paragraphs: meeting, date and time, place, edition, notes
 * @param entries   the agenda items in order
 */
public record AgendaPack(String title, String author, Instant created, List<String> cover, List<Entry> entries) {

    public AgendaPack {
        Objects.requireNonNull(title, "title");
        cover = List.copyOf(cover);
        entries = List.copyOf(entries);
    }

    /**
     * An agenda item.
     *
     * @param number         "1", "2", ...
     * @param part           "Part 1" or "Part 2 (exempt: Schedule 12A paragraph 3)"
     * @param title          the title (for a public edition's Part 2 item, the title approved for publication)
     * @param presenter      or null
     * @param decisionSought or null
     * @param papers         the item's papers in this edition
     */
    public record Entry(String number, String part, String title, String presenter, String decisionSought, List<Paper> papers) {
        public Entry {
            papers = List.copyOf(papers);
        }
    }

    /**
     * A paper: a text written in the suite ({@code text}), or an uploaded PDF read from {@code pdf} when the pack is
     * made (one at a time, into a scratch file, so that large papers do not fill the memory).
     *
     * @param title  title, also its bookmark
     * @param note   a line under the title in the agenda, e.g. "version 2" or "exempt: paragraph 3", or null
     * @param text   the text of a written paper, or null
     * @param pdf    opens the uploaded PDF, or null
     */
    public record Paper(String title, String note, String text, PdfSource pdf) {
    }

    /** Opens an uploaded PDF's bytes. */
    @FunctionalInterface
    public interface PdfSource {
        InputStream open() throws IOException;
    }
}
