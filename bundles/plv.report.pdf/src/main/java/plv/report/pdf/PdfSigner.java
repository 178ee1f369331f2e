package plv.report.pdf;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs PDFs with the company's signing key as PAdES signatures (CMS SignedData, sub-filter ETSI.CAdES.detached,
 * SHA-256), and checks signatures. Signing is an incremental update: the signed file starts with the original bytes
 * unchanged, so a PDF/A-2b file stays PDF/A-2b.
 */
@ProviderType
public interface PdfSigner {

    /**
     * Signs {@code pdf}. When the document has an empty signature field (a {@link Block.SignatureSpace}), the
     * signature fills it with a visible block ("Signed for ... by ... on ..."); otherwise the signature is invisible.
     *
     * @return the signed file: the original bytes followed by the signature's incremental update
     * @throws IllegalArgumentException when {@code pdf} cannot be read as a PDF
     * @throws IllegalStateException    when the company's signing key cannot be read
     */
    byte[] sign(byte[] pdf, SignatureRequest request);

    /** Every signature in {@code pdf}, in the order they were made; empty when the file has none or is no PDF. */
    List<SignatureCheck> verify(byte[] pdf);

    /** The name on the company's signing certificate (its common name), e.g. "Company Secretary, for the chair". */
    String signerName();
}
