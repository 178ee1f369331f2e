package plv.report.pdf;

import java.util.List;
import java.util.Objects;

/** One piece of a {@link ReportDocument}'s body, laid out top to bottom; long content flows onto further pages. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.SignatureSpace {

    /**
     * A heading; each heading becomes a bookmark (level 1 at the top of the outline, level 2 under the level-1
     * heading before it).
     *
     * @param level 1 or 2
     * @param text  the heading's wording
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("Heading level must be 1 or 2, not " + level);
            }
        }
    }

    /** How a paragraph is set. */
    enum Style {
        /** Ordinary text. */
        BODY,
        /** Bold text, e.g. a resolution. */
        BOLD,
        /** Smaller grey text, e.g. a note or a notice of exempt information. */
        NOTE
    }

    /**
     * Text that wraps at the margins; line breaks in {@code text} start new lines.
     *
     * @param text  the text (any Unicode; characters the font lacks print as '?')
     * @param style how it is set
     */
    record Paragraph(String text, Style style) implements Block {
        public Paragraph {
            text = text == null ? "" : text;
            style = style == null ? Style.BODY : style;
        }

        public Paragraph(String text) {
            this(text, Style.BODY);
        }
    }

    /**
     * A table with a header row; cells wrap, rows continue on the next page (repeating the header row).
     *
     * @param headers column headings
     * @param widths  relative column widths, one per column (e.g. 3, 1, 1)
     * @param rows    each row has one cell per column
     */
    record Table(List<String> headers, List<Integer> widths, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            widths = widths == null || widths.isEmpty() ? headers.stream().map(h -> 1).toList() : List.copyOf(widths);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            if (headers.isEmpty() || widths.size() != headers.size()) {
                throw new IllegalArgumentException("A table needs at least one column and one width per column");
            }
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("Each row needs " + headers.size() + " cells, not " + row.size());
                }
            }
            if (widths.stream().anyMatch(w -> w <= 0)) {
                throw new IllegalArgumentException("Column widths must be positive");
            }
        }
    }

    /**
     * Room for a signature: an empty signature field that a {@link PdfSigner} fills with a visible signature block.
     * Kept on one page (it moves to the next page when it does not fit); at most one per document.
     *
     * @param fieldName the signature field's name, e.g. "Chair"
     */
    record SignatureSpace(String fieldName) implements Block {
        /** Height of the space in points. */
        public static final float HEIGHT = 62;

        public SignatureSpace {
            Objects.requireNonNull(fieldName, "fieldName");
        }
    }
}
