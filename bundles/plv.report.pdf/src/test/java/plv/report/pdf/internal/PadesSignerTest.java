package plv.report.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;
import plv.report.pdf.SignatureCheck;
import plv.report.pdf.SignatureRequest;

/** Signed minutes: PAdES made with PDFBox and BouncyCastle, checked by PDFBox, by poppler's pdfsig and by veraPDF. */
class PadesSignerTest {
    private static final Instant AT = Instant.parse("2026-03-12T18:30:00Z");
    private static CompanyKey key;
    private static PadesSigner signer;

    @BeforeAll
    static void key() throws Exception {
        key = CompanyKey.generate("Company Secretary, signing for the chair", AT);
        signer = new PadesSigner(key, "London");
    }

    static byte[] minutes() {
        return new PdfaRenderer().render(ReportDocument.builder("Minutes of the board meeting of 12 March 2026")
                .created(AT).heading("1. Apologies").paragraph(PdfaRendererTest.LOREM)
                .heading("2. Budget").paragraph("RESOLVED: that the budget be approved.", Block.Style.BOLD)
                .add(new Block.SignatureSpace("Chair")).paragraph("End of the minutes.").build());
    }

    @Test
    void signsVisiblyAsPadesAndBothPdfBoxAndPdfsigVerifyIt() throws Exception {
        byte[] unsigned = minutes();
        assertThat(PdfA.failedRules(unsigned)).as("the unsigned minutes with their empty signature field").isEmpty();
        long start = System.nanoTime();
        byte[] signed = signer.sign(unsigned, new SignatureRequest("the chair, Dr Jane Smith", "Approved as a correct record", null, AT));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("signing a " + unsigned.length + "-byte minutes PDF took " + millis + " ms (" + signed.length + " bytes signed)");

        assertThat(Arrays.copyOf(signed, unsigned.length)).as("incremental: the original bytes stay as they were").isEqualTo(unsigned);
        signer.verify(signed); // warm-up
        start = System.nanoTime();
        List<SignatureCheck> checks = signer.verify(signed);
        System.out.println("checking its signature took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(checks).hasSize(1);
        SignatureCheck check = checks.get(0);
        assertThat(check.verifies()).as(String.valueOf(check.problem())).isTrue();
        assertThat(check.signedBy()).isEqualTo("Company Secretary, signing for the chair");
        assertThat(check.signedAt()).isEqualTo(AT);
        assertThat(check.reason()).isEqualTo("Approved as a correct record");

        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(doc.getSignatureFields()).hasSize(1);
            assertThat(doc.getSignatureFields().get(0).getPartialName()).isEqualTo("Chair");
            assertThat(doc.getSignatureFields().get(0).getWidgets().get(0).getRectangle().getHeight())
                    .as("the block stays where the document reserved it").isEqualTo(Block.SignatureSpace.HEIGHT);
        }

        String pdfsig = Pdfsig.check(signed);
        assertThat(pdfsig).contains("Signature Validation: Signature is Valid.")
                .contains("Company Secretary, signing for the chair").contains("ETSI.CAdES.detached")
                .contains("Signature Type: ETSI.CAdES.detached").contains("Total document signed");
        assertThat(PdfA.failedRules(signed)).as("PDF/A-2b after signing").isEmpty();
        java.nio.file.Files.write(Path.of("target/signed-minutes-sample.pdf"), signed); // to look at
    }

    @Test
    void theVisibleBlockSaysForWhomByWhomAndWhen() throws Exception {
        byte[] signed = signer.sign(minutes(), new SignatureRequest("the chair, Dr Jane Smith", "Approved as a correct record", null, AT));
        // the appearance is a form XObject of the widget, not page text: render it to text through the annotation
        try (PDDocument doc = Loader.loadPDF(signed)) {
            var appearance = doc.getSignatureFields().get(0).getWidgets().get(0).getNormalAppearanceStream();
            String content = new String(appearance.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
            assertThat(content).contains("Tj");
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(stripper.getText(doc)).contains("End of the minutes.");
        }
        assertThat(Pdfsig.check(signed)).contains("Signing Time: Mar 12 2026");
    }

    @Test
    void oneChangedByteMakesBothPdfBoxAndPdfsigRefuseTheSignature() throws Exception {
        byte[] signed = signer.sign(minutes(), new SignatureRequest("the chair", null, null, AT));
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        if (at < 0) {
            at = text.indexOf("<x:xmpmeta") + 20;
        }
        byte[] tampered = signed.clone();
        tampered[at + 3] = (byte) (tampered[at + 3] == 'o' ? 'O' : 'o');
        assertThat(tampered).isNotEqualTo(signed);

        SignatureCheck check = signer.verify(tampered).get(0);
        assertThat(check.verifies()).isFalse();
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).contains("changed after it was signed");

        String pdfsig = Pdfsig.check(tampered);
        assertThat(Pdfsig.valid(pdfsig)).as(pdfsig).isZero();
        assertThat(pdfsig).containsAnyOf("Digest Mismatch", "Signature is Invalid");
    }

    @Test
    void aSignatureByAnotherKeyIsIntactButNotTheCompanys() throws Exception {
        PadesSigner other = new PadesSigner(CompanyKey.generate("Someone else", AT), "London");
        byte[] signed = other.sign(minutes(), new SignatureRequest("the chair", null, null, AT));
        SignatureCheck check = signer.verify(signed).get(0);
        assertThat(check.intact()).isTrue();
        assertThat(check.companyKey()).isFalse();
        assertThat(check.verifies()).isFalse();
        assertThat(check.problem()).contains("not made with the company's signing key");
    }

    @Test
    void aDocumentWithoutSignatureSpaceIsSignedInvisiblyAndBytesAddedLaterAreNoticed() throws Exception {
        byte[] plain = new PdfaRenderer().render(ReportDocument.builder("Notice").created(AT).paragraph("Body.").build());
        byte[] signed = signer.sign(plain, new SignatureRequest("the chair", null, null, AT));
        assertThat(signer.verify(signed).get(0).verifies()).isTrue();
        assertThat(Pdfsig.valid(Pdfsig.check(signed))).isEqualTo(1);
        byte[] longer = Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("%appended\n\n".getBytes(StandardCharsets.US_ASCII), 0, longer, signed.length, 11);
        SignatureCheck check = signer.verify(longer).get(0);
        assertThat(check.intact()).isTrue();
        assertThat(check.wholeDocument()).isFalse();
        assertThat(check.verifies()).isFalse();
    }

    @Test
    void theDemonstrationKeyIsMadeOnceAndReadBack(@TempDir Path home) {
        CompanyKey made = CompanyKey.demo(home.resolve("keys"), "Company Secretary, signing for the chair", AT);
        CompanyKey again = CompanyKey.demo(home.resolve("keys"), "ignored", AT);
        assertThat(again.certificate()).isEqualTo(made.certificate());
        assertThat(again.commonName()).isEqualTo("Company Secretary, signing for the chair");
        assertThat(made.certificate().getSubjectX500Principal().getName()).contains("O=Pan London Vehicle");
    }

    @Test
    void aNonPdfHasNoSignatureThatVerifies() {
        List<SignatureCheck> checks = signer.verify("not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(checks).allMatch(c -> !c.verifies());
    }
}
