package plv.report.pdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.osgi.service.component.annotations.Component;

import plv.report.pdf.PdfInspector;

/**
 * Checks uploads with PDFBox: the file must start with a PDF header and load (with scratch files, not memory, for its
 * streams), must not be encrypted, and must have at least one page.
 */
@Component(service = PdfInspector.class)
public final class PdfBoxInspector implements PdfInspector {

    @Override
    public int pages(byte[] pdf) {
        if (pdf == null || pdf.length < 8 || !new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new IllegalArgumentException("This file is not a PDF (it has no PDF header); save or export the paper as PDF and upload that.");
        }
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.isEncrypted()) {
                throw new IllegalArgumentException("This PDF is encrypted (it has security settings); save a copy without"
                        + " security or password and upload that.");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new IllegalArgumentException("This PDF has no pages; upload the paper itself.");
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new IllegalArgumentException("This PDF is protected by a password; save a copy without a password and upload that.");
        } catch (IOException e) {
            throw new IllegalArgumentException("This file cannot be read as a PDF (" + e.getMessage()
                    + "); save or export the paper as PDF again and upload that.");
        }
    }
}
