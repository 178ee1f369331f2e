package plv.itest.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.board.api.AgendaItem;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.Decision;
import plv.board.api.Director;
import plv.board.api.DirectorsRegister;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.MinutesSignature;
import plv.report.pdf.PdfSigner;
import plv.report.pdf.SignatureCheck;

/**
 * Approved minutes are signed for the chair with the company's key, in both editions, in the running product: PDFBox
 * (the product's own check) and poppler's pdfsig (an independent one) verify them, one changed byte makes both refuse,
 * and a corrected minute is a new version with a signature of its own while the first keeps verifying.
 */
@ExtendWith(ServiceExtension.class)
class SignedMinutesTest {
    /** Meetings in August and September: after the demo's window in BoardDemoDataTest (February to June of the same year). */
    static final int YEAR = BoardTest.YEAR + 1;

    @InjectService(timeout = 30_000)
    static Meetings meetings;
    @InjectService(timeout = 30_000)
    static DirectorsRegister directors;
    @InjectService(timeout = 30_000)
    static PdfSigner signer;

    @Test
    void approvedMinutesAreSignedInBothEditionsAndACorrectionIsSignedAgain() throws Exception {
        Meeting m = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, "Board meeting (signed minutes itest)",
                LocalDateTime.of(YEAR, 8, 10, 14, 0), "Guildhall", null));
        AgendaItem open = meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.open("Occupancy", "Occupancy was 21 of 24 places."));
        meetings.addItem(BoardTest.SECRETARY, m.id(), ItemDraft.exempt("Contract award", 3, "Business affairs",
                "Construction contract", "SIGNED-PART2 bid."));
        meetings.changeStatus(BoardTest.SECRETARY, m.id(), MeetingStatus.HELD);
        long start = System.nanoTime();
        meetings.approveMinutes(BoardTest.SECRETARY, m.id(), "Approved");
        System.out.println("approving (render and sign both editions): " + (System.nanoTime() - start) / 1_000_000 + " ms");

        String home = FrameworkUtil.getBundle(getClass()).getBundleContext().getProperty("plv.home");
        assertThat(Path.of(home, "keys", "company-signing.p12")).as("the demonstration key, made on first use").exists();

        byte[] publicPdf = meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC);
        byte[] confidential = meetings.minutesPdf(BoardTest.DIRECTOR, m.id(), MinutesEdition.CONFIDENTIAL);
        for (byte[] pdf : List.of(publicPdf, confidential)) {
            List<SignatureCheck> checks = signer.verify(pdf);
            assertThat(checks).hasSize(1);
            assertThat(checks.get(0).verifies()).as(String.valueOf(checks.get(0).problem())).isTrue();
            assertThat(checks.get(0).signedBy()).isEqualTo(signer.signerName());
            String pdfsig = pdfsig(pdf);
            assertThat(pdfsig).contains("Signature Validation: Signature is Valid.", "ETSI.CAdES.detached", "Total document signed",
                    "Signature Field Name: Chair");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getSignatureFields().get(0).getWidgets().get(0).getRectangle().getHeight()).isPositive();
            }
        }
        List<MinutesSignature> forDirector = meetings.minutesSignatures(BoardTest.DIRECTOR, m.id());
        assertThat(forDirector).extracting(MinutesSignature::edition).containsExactly(MinutesEdition.PUBLIC, MinutesEdition.CONFIDENTIAL);
        assertThat(forDirector).allSatisfy(s -> {
            assertThat(s.signed()).isTrue();
            assertThat(s.verifies()).isTrue();
            assertThat(s.reason()).isEqualTo("Approved as a correct record");
        });
        assertThat(meetings.minutesSignatures(null, m.id())).extracting(MinutesSignature::edition).containsExactly(MinutesEdition.PUBLIC);
        assertThat(meetings.minutesSignatures(BoardTest.VIEWER, m.id())).extracting(MinutesSignature::edition)
                .containsExactly(MinutesEdition.PUBLIC);

        // one changed byte: PDFBox and pdfsig both refuse the signature
        byte[] tampered = publicPdf.clone();
        int at = new String(publicPdf, StandardCharsets.ISO_8859_1).indexOf("/Producer") + 3;
        tampered[at] = (byte) (tampered[at] ^ 0x20);
        SignatureCheck broken = signer.verify(tampered).get(0);
        assertThat(broken.verifies()).isFalse();
        assertThat(broken.problem()).contains("changed after it was signed");
        assertThat(pdfsig(tampered)).doesNotContain("Signature is Valid.").containsAnyOf("Digest Mismatch", "Signature is Invalid");

        // a corrected minute: a new version with its own signature; the first stays as it was and still verifies
        Meeting next = meetings.plan(BoardTest.SECRETARY, new MeetingPlan(MeetingType.BOARD, null, LocalDateTime.of(YEAR, 9, 14, 14, 0),
                "Guildhall", null));
        Director a = directors.appoint(BoardTest.SECRETARY, BoardTest.details("Signed Minutes One", LocalDate.of(YEAR, 1, 1)));
        Director b = directors.appoint(BoardTest.SECRETARY, BoardTest.details("Signed Minutes Two", LocalDate.of(YEAR, 1, 1)));
        AgendaItem correction = meetings.proposeCorrection(BoardTest.SECRETARY, open.id(), "Occupancy was 22 of 24 places.",
                "Typing error", next.id());
        meetings.recordAttendance(BoardTest.SECRETARY, next.id(), a.name(), a.id(), Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null);
        meetings.recordAttendance(BoardTest.SECRETARY, next.id(), b.name(), b.id(), Capacity.DIRECTOR, AttendanceStatus.PRESENT, null, null);
        meetings.decide(BoardTest.SECRETARY, correction.id(), new Decision("That the correction be approved.", a.name(), null, true, 0, 0, 0, List.of()));

        byte[] corrected = meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC);
        assertThat(corrected).isNotEqualTo(publicPdf);
        assertThat(meetings.minutesPdf(null, m.id(), MinutesEdition.PUBLIC, 1)).isEqualTo(publicPdf);
        assertThat(signer.verify(corrected).get(0).verifies()).isTrue();
        assertThat(signer.verify(corrected).get(0).reason()).isEqualTo("Version 2 (corrected), approved as a correct record");
        assertThat(pdfsig(corrected)).contains("Signature is Valid.");
        assertThat(pdfsig(meetings.minutesPdf(BoardTest.DIRECTOR, m.id(), MinutesEdition.CONFIDENTIAL))).contains("Signature is Valid.");
        List<MinutesSignature> both = meetings.minutesSignatures(BoardTest.SECRETARY, m.id());
        assertThat(both).hasSize(4).allSatisfy(s -> assertThat(s.verifies()).isTrue());
        assertThat(both).extracting(MinutesSignature::version).containsExactly(1, 1, 2, 2);
    }

    /** What poppler's pdfsig says about {@code pdf}. */
    static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("plv-itest-signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder(Files.isExecutable(Path.of("/usr/bin/pdfsig")) ? "/usr/bin/pdfsig" : "pdfsig",
                    file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
