package plv.report.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import plv.report.pdf.PdfSigner;
import plv.report.pdf.SignatureCheck;
import plv.report.pdf.SignatureRequest;

/**
 * Signs with the company's key (configuration {@code plv.report.signing}; a demonstration key in
 * {@code plv.home/keys} when none is configured) as PAdES: PDFBox adds the signature as an incremental update, the CMS
 * SignedData comes from {@link CmsSignature}. The key is read, or made, on first use rather than while the product
 * starts.
 */
@Component(service = PdfSigner.class, configurationPid = "plv.report.signing")
@Designate(ocd = SigningConfig.class)
public final class PadesSigner implements PdfSigner {
    static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm z", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final java.util.function.Supplier<CompanyKey> source;
    private final String location;
    private volatile CompanyKey key;
    private volatile Typeface regular;
    private volatile Typeface bold;

    @Activate
    public PadesSigner(BundleContext context, SigningConfig config) {
        this.location = config.location();
        String path = config.keystore_path();
        if (path != null && !path.isBlank()) {
            Path keystore = Path.of(path.trim());
            char[] password = config.keystore_password() == null ? new char[0] : config.keystore_password().toCharArray();
            String alias = config.keystore_alias();
            source = () -> CompanyKey.load(keystore, password, alias);
        } else {
            String home = context.getProperty("plv.home");
            Path keys = Path.of(home == null || home.isBlank() ? "plv-home" : home).toAbsolutePath().normalize().resolve("keys");
            String name = config.demo_commonName();
            source = () -> CompanyKey.demo(keys, name, Instant.now());
        }
    }

    /** A signer with a given key (tests). */
    PadesSigner(CompanyKey key, String location) {
        this.key = key;
        this.location = location;
        this.source = () -> key;
    }

    private CompanyKey key() {
        CompanyKey k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    key = k = source.get();
                }
            }
        }
        return k;
    }

    private void fonts() {
        if (bold == null) {
            synchronized (this) {
                if (bold == null) {
                    regular = new Typeface("DejaVuSans.ttf");
                    bold = new Typeface("DejaVuSans-Bold.ttf");
                }
            }
        }
    }

    @Override
    public String signerName() {
        return key().commonName();
    }

    @Override
    public byte[] sign(byte[] pdf, SignatureRequest request) {
        CompanyKey k = key();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(k.commonName());
            signature.setReason(request.reason().isBlank() ? "Signed for " + request.onBehalfOf() : request.reason());
            signature.setLocation(request.location().isBlank() ? location : request.location());
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
            when.setTimeInMillis(request.signedAt().toEpochMilli() / 1000 * 1000);
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
                PDSignatureField space = emptySignatureField(doc);
                if (space != null) {
                    space.getCOSObject().setItem(COSName.V, signature);
                    PDAnnotationWidget widget = space.getWidgets().get(0);
                    PDRectangle rect = widget.getRectangle();
                    fonts();
                    options.setVisualSignature(SignatureBlock.template(rect, List.of(
                            "Signed for " + request.onBehalfOf(),
                            "by " + k.commonName(),
                            "on " + WHEN.format(request.signedAt()) + ": " + signature.getReason(),
                            "Electronic signature (PAdES): a PDF reader checks it."), regular, bold));
                    options.setPage(pageIndex(doc, widget));
                }
                doc.addSignature(signature, new CmsSignature(k), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The PDF could not be signed: " + e.getMessage(), e);
        }
    }

    /** The first signature field without a signature, or null. */
    private static PDSignatureField emptySignatureField(PDDocument doc) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return null;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField s && s.getSignature() == null && !s.getWidgets().isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static int pageIndex(PDDocument doc, PDAnnotationWidget widget) {
        PDPage page = widget.getPage();
        if (page == null) {
            return doc.getNumberOfPages() - 1;
        }
        int index = doc.getPages().indexOf(page);
        return index < 0 ? doc.getNumberOfPages() - 1 : index;
    }

    @Override
    public List<SignatureCheck> verify(byte[] pdf) {
        List<SignatureCheck> checks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.security.cert.X509Certificate company;
            try {
                company = key().certificate();
            } catch (IllegalStateException e) { // the keystore cannot be read: say so on each signature, do not fail the page
                company = null;
            }
            for (PDSignature signature : doc.getSignatureDictionaries()) {
                checks.add(SignatureVerifier.check(signature, pdf, company));
            }
        } catch (IOException e) {
            return List.of(new SignatureCheck(null, null, null, false, false, false,
                    "The file cannot be read as a PDF (" + e.getMessage() + ")."));
        } catch (UncheckedIOException e) {
            return List.of(new SignatureCheck(null, null, null, false, false, false,
                    "The file cannot be read as a PDF (" + e.getMessage() + ")."));
        }
        return checks;
    }
}
