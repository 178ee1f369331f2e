package plv.report.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;

import plv.report.pdf.PdfRenderer;
import plv.report.pdf.ReportDocument;

/** Renders report documents as PDF/A-2b with Apache PDFBox and the DejaVu Sans fonts shipped in this bundle. */
@Component(service = PdfRenderer.class)
public final class PdfaRenderer implements PdfRenderer {
    private final Typeface regular = new Typeface("DejaVuSans.ttf");
    private final Typeface bold = new Typeface("DejaVuSans-Bold.ttf");
    private final Typeface common = regular.printingOnlyWhat(bold);

    @Override
    public byte[] render(ReportDocument document) {
        try (PDDocument pdf = new PDDocument(); TrueTypeFont bodyFont = regular.parse(); TrueTypeFont boldFont = bold.parse()) {
            PDType0Font body = Typeface.embed(pdf, bodyFont);
            PDType0Font strong = Typeface.embed(pdf, boldFont);
            new PageFlow(pdf, document, body, strong, common, regular, bold).layOut();
            PdfaMetadata.apply(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + document.title() + " as PDF", e);
        }
    }
}
