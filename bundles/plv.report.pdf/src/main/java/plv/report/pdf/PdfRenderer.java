package plv.report.pdf;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders {@link ReportDocument}s as PDF/A-2b: fonts embedded, sRGB output intent, XMP metadata (title, author,
 * dates, PDF/A identification), the document's header on every page, "Page n of m" footers, a bookmark per heading,
 * and a DRAFT watermark on drafts.
 */
@ProviderType
public interface PdfRenderer {

    /** The PDF file's bytes. */
    byte[] render(ReportDocument document);
}
