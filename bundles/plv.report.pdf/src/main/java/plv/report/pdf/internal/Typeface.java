package plv.report.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One of the TrueType fonts shipped in this bundle (DejaVu Sans, see fonts/DejaVu-LICENSE.txt). The file is read
 * once; each document embeds its own subset. Knows which characters the font can print, so that text never refers
 * to the missing-glyph (.notdef), which PDF/A forbids.
 */
final class Typeface {
    private final byte[] data;
    /** The code points the font can print, in every plane (DejaVu Sans has some outside the first, e.g. U+1F600). */
    private final BitSet printable = new BitSet(0x110000);
    /** Advance width of each printable character of the first plane in 1/1000 em, so that lines are measured without encoding text. */
    private final float[] advance;
    /** The same for the few printable characters outside the first plane. */
    private final Map<Integer, Float> supplementaryAdvance;

    Typeface(String resource) {
        try (InputStream in = Typeface.class.getResourceAsStream("fonts/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the bundle");
            }
            data = in.readAllBytes();
            advance = new float[0x10000];
            supplementaryAdvance = new HashMap<>();
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                var cmap = ttf.getUnicodeCmapLookup();
                float scale = 1000f / ttf.getUnitsPerEm();
                for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
                    var codes = cmap.getCharCodes(gid);
                    if (codes == null) {
                        continue;
                    }
                    float width = ttf.getAdvanceWidth(gid) * scale;
                    for (int cp : codes) {
                        if (cp < 0x20 || cp > Character.MAX_CODE_POINT || Character.isSurrogate((char) cp) && cp < 0x10000) {
                            continue;
                        }
                        printable.set(cp);
                        if (cp < 0x10000) {
                            advance[cp] = width;
                        } else {
                            supplementaryAdvance.put(cp, width);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Typeface(byte[] data, BitSet printable, float[] advance, Map<Integer, Float> supplementaryAdvance) {
        this.data = data;
        this.printable.or(printable);
        this.advance = advance;
        this.supplementaryAdvance = supplementaryAdvance;
    }

    /** Width of printable text at {@code size} points. */
    float width(String printableText, float size) {
        float w = 0;
        for (int i = 0; i < printableText.length();) {
            int cp = printableText.codePointAt(i);
            w += cp < 0x10000 ? advance[cp] : supplementaryAdvance.getOrDefault(cp, 0f);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /** {@code text} without its last character (a whole code point, never half of a surrogate pair). */
    static String withoutLast(String text) {
        return text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(text.length(), -1));
    }

    /** This font, printing only the characters {@code other} can print too (so text can switch between them). */
    Typeface printingOnlyWhat(Typeface other) {
        BitSet both = (BitSet) printable.clone();
        both.and(other.printable);
        return new Typeface(data, both, advance, supplementaryAdvance);
    }

    /**
     * Embeds a subset of the font into {@code document}. The font's glyph substitution table (GSUB: ligatures and
     * the like) is left out: the documents are plain Latin text, and PDFBox's GSUB processing of every line
     * costs more than all the rest of the rendering. The caller closes the returned font after saving.
     */
    TrueTypeFont parse() throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        ttf.getTableMap().remove("GSUB");
        return ttf;
    }

    static PDType0Font embed(PDDocument document, TrueTypeFont ttf) throws IOException {
        return PDType0Font.load(document, ttf, true);
    }

    /** {@code text} with tabs as spaces and every character the font cannot print replaced by '?'. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (printable.get(cp)) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
