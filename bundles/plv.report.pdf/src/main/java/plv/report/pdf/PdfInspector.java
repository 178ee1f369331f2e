package plv.report.pdf;

import org.osgi.annotation.versioning.ProviderType;

/** Reads a PDF that someone uploaded, to check that it is one before it is kept. */
@ProviderType
public interface PdfInspector {

    /**
     * The number of pages of {@code pdf}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong and what to do, when the bytes are not a
     *                                  readable PDF, are protected by a password or encrypted, or have no pages
     */
    int pages(byte[] pdf);
}
