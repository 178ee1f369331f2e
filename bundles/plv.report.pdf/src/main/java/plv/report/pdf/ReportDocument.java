package plv.report.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document to render: its metadata, the running header printed on every page, and its body.
 *
 * @param title       document title (XMP dc:title, shown in the footer)
 * @param author      who issues it (XMP dc:creator), e.g. the company secretary
 * @param subject     one-line description (XMP dc:description), or null
 * @param created     creation date, recorded in the metadata to the second
 * @param draft       true prints a "DRAFT" watermark on every page
 * @param headerLines lines printed at the top of every page; the first in bold
 * @param blocks      the body
 */
public record ReportDocument(String title, String author, String subject, Instant created, boolean draft,
        List<String> headerLines, List<Block> blocks) {

    /** The company's name exactly as the seeds give it (ALDCS bulletin, November 2023). */
    public static final String COMPANY = "Pan London Vehicle for Children's Complex Commissioning Ltd";

    /**
     * The header line of the statement the Local Authorities (Companies) Order 1995 art 4 requires on the company's
     * documents; the full statement, naming the relevant authorities, comes from the {@link CompanyStatement} service.
     */
    public static final String LOCAL_AUTHORITY_STATEMENT = "A company controlled by local authorities within the meaning"
            + " of Part V of the Local Government and Housing Act 1989.";

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        author = author == null ? COMPANY : author;
        created = (created == null ? Instant.now() : created).truncatedTo(ChronoUnit.SECONDS);
        headerLines = headerLines == null ? List.of(COMPANY, LOCAL_AUTHORITY_STATEMENT) : List.copyOf(headerLines);
        blocks = List.copyOf(blocks);
    }

    /**
     * The same document with the company's particulars from {@code company}: its name and header line at the top of
     * every page (unless the document set its own header), and the full statement naming the relevant authorities as
     * the last paragraph.
     */
    public ReportDocument withCompany(CompanyStatement company) {
        if (company == null) {
            return this;
        }
        List<String> header = headerLines.equals(List.of(COMPANY, LOCAL_AUTHORITY_STATEMENT))
                ? List.of(company.companyName(), company.headerLine()) : headerLines;
        List<Block> body = new ArrayList<>(blocks);
        body.add(new Block.Paragraph(company.statement(), Block.Style.NOTE));
        return new ReportDocument(title, author, subject, created, draft, header, body);
    }

    /** Starts a document with the company's header. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects the body of a document in reading order. */
    public static final class Builder {
        private final String title;
        private String author;
        private String subject;
        private Instant created;
        private boolean draft;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder created(Instant value) {
            created = value;
            return this;
        }

        public Builder draft(boolean value) {
            draft = value;
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Block.Heading(1, text));
            return this;
        }

        public Builder subheading(String text) {
            blocks.add(new Block.Heading(2, text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Block.Paragraph(text));
            return this;
        }

        public Builder paragraph(String text, Block.Style style) {
            blocks.add(new Block.Paragraph(text, style));
            return this;
        }

        public Builder table(List<String> headers, List<Integer> widths, List<List<String>> rows) {
            blocks.add(new Block.Table(headers, widths, rows));
            return this;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public ReportDocument build() {
            return new ReportDocument(title, author, subject, created, draft, null, blocks);
        }
    }
}
