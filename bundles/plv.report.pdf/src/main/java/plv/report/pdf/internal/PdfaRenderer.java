package plv.report.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.report.pdf.CompanyStatement;

import plv.report.pdf.PdfRenderer;
import plv.report.pdf.ReportDocument;

/**
 * Renders report documents as PDF/A-2b with Apache PDFBox and the DejaVu Sans fonts shipped in this bundle. When a
 * {@link CompanyStatement} is registered (the board's), every document carries the company's name and the statement
 * of the Local Authorities (Companies) Order 1995 art 4 naming the relevant authorities.
 */
@Component(service = PdfRenderer.class)
public final class PdfaRenderer implements PdfRenderer {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CompanyStatement company;

    public PdfaRenderer() {
    }

    /** A renderer with a fixed company statement (tests). */
    public PdfaRenderer(CompanyStatement company) {
        this.company = company;
    }

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
    public byte[] render(ReportDocument given) {
        ReportDocument document = given.withCompany(company);
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
