package plv.report.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;

/**
 * Lays a document's blocks out on A4 pages from top to bottom, starting a new page whenever the next line does not
 * fit. Each page gets the running header (and the watermark, under the text) when it is started; the "Page n of m"
 * footers are added once the number of pages is known.
 */
final class PageFlow {
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 56;
    private static final float RIGHT = WIDTH - 56;
    private static final float TOP = HEIGHT - 82;
    private static final float BOTTOM = 60;
    private static final float BODY = 10.5f;
    private static final float CELL = 9;
    private static final float PAD = 3.5f;

    private final PDDocument pdf;
    private final ReportDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final Typeface face;
    private final Typeface regularFace;
    private final Typeface boldFace;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final List<PDPage> pages = new ArrayList<>();
    private PDOutlineItem lastTop;
    /** Part of a pack: no outline of its own, no footers (the pack numbers all its pages). */
    private boolean partOfPack;
    private PDPageContentStream cs;
    private PDPage page;
    private float y;

    PageFlow(PDDocument pdf, ReportDocument doc, PDFont regular, PDFont bold, Typeface face, Typeface regularFace,
            Typeface boldFace) {
        this.regularFace = regularFace;
        this.boldFace = boldFace;
        this.pdf = pdf;
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.face = face;
    }

    /** Lays the document out on new pages at the end of the PDF, as part of a pack; answers those pages. */
    List<PDPage> layOutInPack() throws IOException {
        partOfPack = true;
        newPage();
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Heading h) {
                heading(h);
            } else if (block instanceof Block.Paragraph p) {
                paragraph(p);
            } else if (block instanceof Block.Table t) {
                table(t);
            }
        }
        cs.close();
        return List.copyOf(pages);
    }

    void layOut() throws IOException {
        newPage();
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Heading h) {
                heading(h);
            } else if (block instanceof Block.Paragraph p) {
                paragraph(p);
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.SignatureSpace s) {
                signatureSpace(s);
            }
        }
        cs.close();
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        footers();
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(pdf, page);
        if (doc.draft()) {
            watermark();
        }
        header();
        y = TOP;
    }

    private void watermark() throws IOException {
        float size = 130;
        float w = width(bold, "DRAFT", size);
        cs.saveGraphicsState();
        cs.setNonStrokingColor(0.88f, 0.88f, 0.88f);
        cs.beginText();
        cs.setFont(bold, size);
        // start the baseline so that the middle of the capitals falls on the middle of the page
        float half = 0.7071f;
        float capMiddle = 0.36f * size;
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(45), WIDTH / 2 - half * w / 2 + half * capMiddle,
                HEIGHT / 2 - half * w / 2 - half * capMiddle));
        cs.showText("DRAFT");
        cs.endText();
        cs.restoreGraphicsState();
    }

    private void header() throws IOException {
        float top = HEIGHT - 40;
        List<String> lines = doc.headerLines();
        for (int i = 0; i < lines.size(); i++) {
            boolean first = i == 0;
            float size = first ? 9 : 7.5f;
            for (String line : wrap(lines.get(i), first ? bold : regular, size, RIGHT - LEFT)) {
                text(line, first ? bold : regular, size, LEFT, top, first ? 0f : 0.3f);
                top -= size + 2.5f;
            }
        }
        rule(Math.min(top + 2, HEIGHT - 64));
    }

    private void rule(float at) throws IOException {
        cs.setStrokingColor(0.6f, 0.6f, 0.6f);
        cs.setLineWidth(0.5f);
        cs.moveTo(LEFT, at);
        cs.lineTo(RIGHT, at);
        cs.stroke();
    }

    private void footers() throws IOException {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(pdf, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = footer;
                rule(BOTTOM - 18);
                String number = "Page " + (i + 1) + " of " + total;
                text(clip(doc.title(), regular, 8, RIGHT - LEFT - 90), regular, 8, LEFT, BOTTOM - 30, 0.3f);
                text(number, regular, 8, RIGHT - width(regular, number, 8), BOTTOM - 30, 0.3f);
            }
        }
    }

    /**
     * An empty signature field for a signer to fill: a widget (printed, as PDF/A asks) with an empty appearance,
     * half the text width wide, kept on one page.
     */
    private void signatureSpace(Block.SignatureSpace s) throws IOException {
        float height = Block.SignatureSpace.HEIGHT;
        if (y - 8 - height < BOTTOM) {
            newPage();
        }
        y -= 8;
        PDRectangle rect = new PDRectangle(LEFT, y - height, (RIGHT - LEFT) * 0.62f, height);
        PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(pdf);
            pdf.getDocumentCatalog().setAcroForm(form);
        }
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(s.fieldName());
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceStream empty = new PDAppearanceStream(pdf);
        empty.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        empty.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(empty);
        widget.setAppearance(appearance);
        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        annotations.add(widget);
        page.setAnnotations(annotations);
        form.getFields().add(field);
        y -= height + 5;
    }

    private void heading(Block.Heading h) throws IOException {
        float size = h.level() == 1 ? 13.5f : 11.5f;
        float leading = size * 1.3f;
        List<String> lines = wrap(h.text(), bold, size, RIGHT - LEFT);
        float gap = y < TOP ? (h.level() == 1 ? 10 : 6) : 0;
        // keep a heading with at least three lines of what follows it
        if (y - gap - lines.size() * leading - 3 * BODY * 1.4f < BOTTOM) {
            newPage();
            gap = 0;
        }
        y -= gap;
        bookmark(h);
        for (String line : lines) {
            y -= leading;
            text(line, bold, size, LEFT, y + leading * 0.25f, 0f);
        }
        y -= 3;
    }

    private void bookmark(Block.Heading h) {
        if (partOfPack) {
            return;
        }
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setLeft(0);
        dest.setTop(Math.round(y + 4));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(face.printable(h.text()));
        item.setDestination(dest);
        if (h.level() == 1 || lastTop == null) {
            outline.addLast(item);
            lastTop = item;
        } else {
            lastTop.addLast(item);
        }
    }

    private void paragraph(Block.Paragraph p) throws IOException {
        PDFont font = p.style() == Block.Style.BOLD ? bold : regular;
        float size = p.style() == Block.Style.NOTE ? 9 : BODY;
        float grey = p.style() == Block.Style.NOTE ? 0.35f : 0f;
        float leading = size * 1.4f;
        for (String line : wrap(p.text(), font, size, RIGHT - LEFT)) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            text(line, font, size, LEFT, y + leading * 0.3f, grey);
        }
        y -= 5;
    }

    private void table(Block.Table t) throws IOException {
        int n = t.headers().size();
        float total = t.widths().stream().mapToInt(Integer::intValue).sum();
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = (RIGHT - LEFT) * t.widths().get(i) / total;
        }
        List<List<String>> head = cells(t.headers(), widths, bold);
        float leading = CELL * 1.3f;
        if (y - rowHeight(head, leading) - leading - 2 * PAD < BOTTOM) {
            newPage();
        }
        row(head, new int[n], Integer.MAX_VALUE, widths, leading, true);
        for (List<String> r : t.rows()) {
            List<List<String>> cells = cells(r, widths, regular);
            int[] from = new int[n];
            boolean firstPart = true;
            while (true) {
                int left = remaining(cells, from);
                int fit = (int) Math.floor((y - BOTTOM - 2 * PAD) / leading);
                if (left <= fit) {
                    row(cells, from, left, widths, leading, false);
                    break;
                }
                boolean fitsFreshPage = left * leading + 2 * PAD <= TOP - BOTTOM - rowHeight(head, leading);
                if (fit >= 1 && !(firstPart && fitsFreshPage)) {
                    row(cells, from, fit, widths, leading, false);
                    for (int i = 0; i < n; i++) {
                        from[i] = Math.min(cells.get(i).size(), from[i] + fit);
                    }
                }
                firstPart = false;
                newPage();
                row(head, new int[n], Integer.MAX_VALUE, widths, leading, true);
            }
        }
        y -= 8;
    }

    private List<List<String>> cells(List<String> texts, float[] widths, PDFont font) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            cells.add(wrap(texts.get(i), font, CELL, widths[i] - 2 * PAD));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells, float leading) {
        return Math.max(1, remaining(cells, new int[cells.size()])) * leading + 2 * PAD;
    }

    private static int remaining(List<List<String>> cells, int[] from) {
        int max = 0;
        for (int i = 0; i < cells.size(); i++) {
            max = Math.max(max, cells.get(i).size() - from[i]);
        }
        return Math.max(max, 1);
    }

    /** Draws up to {@code lines} lines of each cell starting at {@code from}, with the cell borders. */
    private void row(List<List<String>> cells, int[] from, int lines, float[] widths, float leading, boolean heading)
            throws IOException {
        int count = Math.min(lines, remaining(cells, from));
        float height = count * leading + 2 * PAD;
        float x = LEFT;
        if (heading) {
            cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            cs.addRect(LEFT, y - height, RIGHT - LEFT, height);
            cs.fill();
        }
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = cells.get(c);
            for (int l = 0; l < count && from[c] + l < cell.size(); l++) {
                float baseline = y - PAD - (l + 1) * leading + leading * 0.28f;
                text(cell.get(from[c] + l), heading ? bold : regular, CELL, x + PAD, baseline, 0f);
            }
            x += widths[c];
        }
        cs.setStrokingColor(0.5f, 0.5f, 0.5f);
        cs.setLineWidth(0.4f);
        x = LEFT;
        for (float w : widths) {
            cs.addRect(x, y - height, w, height);
            x += w;
        }
        cs.stroke();
        y -= height;
    }

    private void text(String s, PDFont font, float size, float x, float baseline, float grey) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(grey, grey, grey);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    /** Width of text already made printable (measured from the font's metrics, without encoding it). */
    private float width(PDFont font, String s, float size) {
        return (font == bold ? boldFace : regularFace).width(s, size);
    }

    private String clip(String s, PDFont font, float size, float max) throws IOException {
        String t = face.printable(s);
        if (width(font, t, size) <= max) {
            return t;
        }
        while (!t.isEmpty() && width(font, t + "…", size) > max) {
            t = Typeface.withoutLast(t);
        }
        return t + "…";
    }

    /** Breaks text into lines no wider than {@code max}: at spaces where possible, inside a word when it must. */
    List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(font, " ", size);
        for (String para : text.replace("\r\n", "\n").split("\n", -1)) {
            lines.addAll(wrapLine(face.printable(para), font, size, max, space));
        }
        return lines;
    }

    private List<String> wrapLine(String para, PDFont font, float size, float max, float space) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (String word : para.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            float w = width(font, word, size);
            if (line.length() > 0 && used + space + w <= max) {
                line.append(' ').append(word);
                used += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (w > max) {
                // cut at a whole character (never inside a surrogate pair), keeping at least one on the line
                int first = word.offsetByCodePoints(0, 1);
                int cut = word.offsetByCodePoints(word.length(), -1);
                while (cut > first && width(font, word.substring(0, cut), size) > max) {
                    cut = word.offsetByCodePoints(cut, -1);
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = width(font, word, size);
            }
            line.append(word);
            used = w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
