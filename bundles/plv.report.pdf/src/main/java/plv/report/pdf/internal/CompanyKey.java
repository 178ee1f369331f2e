package plv.report.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import plv.report.pdf.ReportDocument;

/**
 * The company's signing key and certificate, read from a PKCS#12 keystore, or made (RSA 3072, self-signed, ten years)
 * for a demonstration installation.
 *
 * @param key         the private key
 * @param certificate its certificate
 */
record CompanyKey(PrivateKey key, X509Certificate certificate) {

    /** Reads the key entry {@code alias} (or the first key entry) of a PKCS#12 keystore. */
    static CompanyKey load(Path keystore, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias == null || alias.isBlank() ? Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst().orElse(null) : alias;
            if (entry == null || !store.isKeyEntry(entry)) {
                throw new IllegalStateException("The signing keystore " + keystore + " has no key entry"
                        + (alias == null || alias.isBlank() ? "" : " named " + alias) + ".");
            }
            Certificate cert = store.getCertificate(entry);
            return new CompanyKey((PrivateKey) store.getKey(entry, password), (X509Certificate) cert);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The signing keystore " + keystore + " cannot be read (" + e.getMessage()
                    + "): check keystore.path and keystore.password of configuration plv.report.signing.", e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The demonstration key in {@code folder}: read when it is there, otherwise made, with a random password kept in
     * {@code company-signing.pass} (owner-only where the file system allows).
     */
    static synchronized CompanyKey demo(Path folder, String commonName, Instant now) {
        Path keystore = folder.resolve("company-signing.p12");
        Path passFile = folder.resolve("company-signing.pass");
        try {
            if (Files.exists(keystore) && Files.exists(passFile)) {
                return load(keystore, Files.readString(passFile, StandardCharsets.US_ASCII).trim().toCharArray(), "signing");
            }
            Files.createDirectories(folder);
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
            CompanyKey made = generate(commonName, now);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", made.key(), password, new Certificate[] { made.certificate() });
            Path tmp = Files.createTempFile(folder, "company-signing", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                store.store(out, password);
            }
            Files.writeString(passFile, new String(password), StandardCharsets.US_ASCII);
            ownerOnly(passFile);
            ownerOnly(tmp);
            Files.move(tmp, keystore, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return made;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The demonstration signing key cannot be made in " + folder + " (" + e.getMessage()
                    + "): make the folder writable or configure keystore.path of plv.report.signing.", e);
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }

    /** A new RSA 3072 key with a self-signed certificate for {@code commonName} of the company, valid for ten years. */
    static CompanyKey generate(String commonName, Instant now) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.O, ReportDocument.COMPANY).addRDN(BCStyle.C, "GB").build();
        Instant from = now.truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(from),
                    Date.from(from.plus(3653, ChronoUnit.DAYS)), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            return new CompanyKey(pair.getPrivate(), new JcaX509CertificateConverter().getCertificate(holder));
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("Could not make the signing certificate", e);
        }
    }

    /** The certificate's common name (or its whole subject when it has none). */
    String commonName() {
        return commonName(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
    }

    static String commonName(X500Name name) {
        var cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : cn[0].getFirst().getValue() instanceof org.bouncycastle.asn1.ASN1String s
                ? s.getString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
