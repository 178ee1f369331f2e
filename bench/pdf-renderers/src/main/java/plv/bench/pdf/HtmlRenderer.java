package plv.bench.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import plv.report.pdf.PdfRenderer;
import plv.report.pdf.ReportDocument;

/**
 * The HTML/CSS route: the document as XHTML ({@link MinutesHtml}) through openhtmltopdf on PDFBox, PDF/A-2b
 * conformance switched on (fonts embedded as subsets, sRGB ICC output intent, XMP metadata written by openhtmltopdf).
 * The same DejaVu Sans files as the product's, read from the plv.report.pdf jar once and kept in memory, as the
 * product's renderer keeps them.
 */
final class HtmlRenderer implements PdfRenderer {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String FONTS = "/plv/report/pdf/internal/fonts/";
    private final byte[] regular = read("DejaVuSans.ttf");
    private final byte[] bold = read("DejaVuSans-Bold.ttf");

    static {
        // openhtmltopdf logs a few INFO lines per document through java.util.logging; the product would silence them too
        XRLog.setLoggingEnabled(false);
    }

    /**
     * False: the fonts are given to openhtmltopdf as files, as its documentation shows. True: as fonts already loaded
     * into the document without their GSUB table, as the product's own renderer loads them (Typeface.parse: PDFBox's
     * glyph substitution on every line of text costs more than the rest of its rendering).
     */
    private final boolean withoutGsub;

    HtmlRenderer(boolean withoutGsub) {
        this.withoutGsub = withoutGsub;
    }

    @Override
    public byte[] render(ReportDocument document) {
        String html = MinutesHtml.of(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(SRGB);
        builder.withProducer("PLV Governance Suite (openhtmltopdf, Apache PDFBox)");
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            if (!withoutGsub) {
                builder.useFont(() -> new ByteArrayInputStream(regular), "DejaVu Sans", 400, FontStyle.NORMAL, true);
                builder.useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true);
                builder.run();
            } else {
                try (PDDocument pdf = new PDDocument(); TrueTypeFont r = parse(regular); TrueTypeFont b = parse(bold)) {
                    builder.usePDDocument(pdf);
                    builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, r, true)), "DejaVu Sans", 400, FontStyle.NORMAL, true);
                    builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, b, true)), "DejaVu Sans", 700, FontStyle.NORMAL, true);
                    builder.run();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        ttf.getTableMap().remove("GSUB");
        return ttf;
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " in the plv.report.pdf jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
