package plv.report.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import plv.report.pdf.ReportDocument;

/** Writes what makes a file PDF/A-2b besides its fonts: XMP metadata matching the document information, and an sRGB output intent. */
final class PdfaMetadata {
    static final String PRODUCER = "PLV Governance Suite (Apache PDFBox)";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfaMetadata() {
    }

    static void apply(PDDocument pdf, ReportDocument doc) throws IOException {
        Calendar created = GregorianCalendar.from(doc.created().atZone(TimeZone.getTimeZone("UTC").toZoneId()));

        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.title());
        info.setAuthor(doc.author());
        if (doc.subject() != null) {
            info.setSubject(doc.subject());
        }
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(doc).getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
        pdf.getDocumentCatalog().setLanguage("en-GB");
    }

    /**
     * The XMP packet. Written as text rather than through an XML transformer: which transformer the JVM finds
     * (the JDK's, Saxon...) changes how {@code xml:lang} comes out, and PDF/A needs it exactly right.
     */
    static String xmp(ReportDocument doc) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(doc.created().atOffset(ZoneOffset.UTC));
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(doc.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:creator><rdf:Seq><rdf:li>").append(escape(doc.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (doc.subject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(doc.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("<xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
