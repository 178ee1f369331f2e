package plv.report.pdf.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import plv.report.pdf.SignatureCheck;

/**
 * Checks one signature as a reader would: the CMS SignedData over the bytes the /ByteRange names (message digest and
 * signature value), that the byte ranges cover the whole file but the signature's own /Contents, and whether the
 * certificate is the company's.
 */
final class SignatureVerifier {
    private SignatureVerifier() {
    }

    /** The DER SignedData without the zero padding that fills the rest of /Contents. */
    static byte[] der(byte[] padded) throws IOException {
        if (padded.length < 2 || padded[0] != 0x30) {
            throw new IOException("the signature is not DER");
        }
        int first = padded[1] & 0xff;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int n = first & 0x7f;
            if (n == 0 || n > 4 || padded.length < 2 + n) {
                throw new IOException("the signature's length cannot be read");
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (padded[2 + i] & 0xff);
            }
            header = 2 + n;
        }
        if (header + length > padded.length) {
            throw new IOException("the signature is cut short");
        }
        return java.util.Arrays.copyOf(padded, (int) (header + length));
    }

    static SignatureCheck check(PDSignature signature, byte[] pdf, X509Certificate company) {
        String reason = signature.getReason();
        Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && (long) range[2] + range[3] == pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
        try {
            byte[] contents = der(signature.getContents());
            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new SignatureCheck(null, at, reason, false, whole, false, "The signature has " + signers.size() + " signers, not one.");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return new SignatureCheck(null, at, reason, false, whole, false, "The signature does not carry its certificate.");
            }
            X509CertificateHolder cert = certs.iterator().next();
            String name = CompanyKey.commonName(cert.getSubject());
            boolean ours = company != null && Arrays.equals(cert.getEncoded(), company.getEncoded());
            boolean intact;
            try {
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            } catch (CMSException e) {
                intact = false;
            }
            String problem = !intact ? "The document was changed after it was signed: its digest no longer matches the signature."
                    : !whole ? "Something was added to the file after it was signed."
                    : company == null ? "The company's signing key cannot be read, so the signer cannot be compared with it."
                    : !ours ? "The signature was not made with the company's signing key." : null;
            return new SignatureCheck(name, at, reason, intact, whole, ours, problem);
        } catch (IOException | CMSException | OperatorCreationException
                | java.security.cert.CertificateException | RuntimeException e) {
            return new SignatureCheck(null, at, reason, false, whole, false, "The signature cannot be read (" + e.getMessage() + ").");
        }
    }
}
