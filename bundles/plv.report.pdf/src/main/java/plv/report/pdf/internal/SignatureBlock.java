package plv.report.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible signature block, as PDFBox's visual-signature template: a one-page document holding a signature field
 * whose appearance is a framed box with the lines of the signature set in DejaVu Sans (embedded, subset: PDF/A asks for
 * embedded fonts). PDFBox copies the appearance into the signed document's existing signature field, keeping its place.
 */
final class SignatureBlock {
    private SignatureBlock() {
    }

    static InputStream template(PDRectangle rect, List<String> lines, Typeface regular, Typeface bold) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeFont regularTtf = regular.parse(); TrueTypeFont boldTtf = bold.parse()) {
            PDPage page = new PDPage(new PDRectangle(rect.getLowerLeftX() + rect.getWidth() + 10,
                    rect.getLowerLeftY() + rect.getHeight() + 10));
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rect);
            widget.setPrinted(true);

            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            float w = rect.getWidth();
            float h = rect.getHeight();
            xobject.setBBox(new PDRectangle(w, h));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            widget.getCOSObject().setItem(COSName.TYPE, COSName.ANNOT);

            PDType0Font body = PDType0Font.load(doc, regularTtf, true);
            PDType0Font strong = PDType0Font.load(doc, boldTtf, true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.setNonStrokingColor(0.95f, 0.96f, 0.98f);
                cs.addRect(0.5f, 0.5f, w - 1, h - 1);
                cs.fill();
                cs.setStrokingColor(0.2f, 0.3f, 0.5f);
                cs.setLineWidth(1f);
                cs.addRect(0.5f, 0.5f, w - 1, h - 1);
                cs.stroke();
                float size = 8.5f;
                float baseline = h - 14;
                for (int i = 0; i < lines.size(); i++) {
                    boolean first = i == 0;
                    Typeface face = first ? bold : regular;
                    String text = fit(face.printable(lines.get(i)), face, first ? 9.5f : size, w - 14);
                    cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                    cs.beginText();
                    cs.setFont(first ? strong : body, first ? 9.5f : size);
                    cs.newLineAtOffset(7, baseline);
                    cs.showText(text);
                    cs.endText();
                    baseline -= first ? 13 : 11;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static String fit(String text, Typeface face, float size, float max) {
        String t = text;
        while (t.codePointCount(0, t.length()) > 1 && face.width(t, size) > max) {
            t = Typeface.withoutLast(t);
        }
        return t.equals(text) ? t : Typeface.withoutLast(t) + "…";
    }
}
