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
    /** The fonts, read on the first render rather than while the product starts (they cost 0.1-0.3 s to read). */
    private volatile Fonts fonts;

    private record Fonts(Typeface regular, Typeface bold, Typeface common) {
        static Fonts load() {
            Typeface regular = new Typeface("DejaVuSans.ttf");
            Typeface bold = new Typeface("DejaVuSans-Bold.ttf");
            return new Fonts(regular, bold, regular.printingOnlyWhat(bold));
        }
    }

    private Fonts fonts() {
        Fonts f = fonts;
        if (f == null) {
            synchronized (this) {
                f = fonts;
                if (f == null) {
                    fonts = f = Fonts.load();
                }
            }
        }
        return f;
    }

    @Override
    public byte[] render(ReportDocument document) {
        Fonts f = fonts();
        Typeface regular = f.regular();
        Typeface bold = f.bold();
        Typeface common = f.common();
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
