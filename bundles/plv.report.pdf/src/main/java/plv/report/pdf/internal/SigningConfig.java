package plv.report.pdf.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The company's signing key (configuration {@code plv.report.signing}). With no keystore configured the product makes
 * a demonstration key on first use: a self-signed certificate in {@code plv.home/keys/company-signing.p12}, its
 * password in {@code company-signing.pass} beside it (readable by the owner only).
 */
@ObjectClassDefinition(name = "PLV company signing key", description = "The PKCS#12 keystore whose key signs approved minutes.")
@interface SigningConfig {

    @AttributeDefinition(description = "Path of a PKCS#12 keystore holding the company's signing key and certificate;"
            + " empty for a demonstration key generated into plv.home/keys/company-signing.p12")
    String keystore_path() default "";

    @AttributeDefinition(description = "The keystore's password (also the key's); needed with keystore.path",
            type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String keystore_password() default "";

    @AttributeDefinition(description = "Alias of the key entry; empty for the keystore's first key")
    String keystore_alias() default "";

    @AttributeDefinition(description = "Common name of the generated demonstration certificate")
    String demo_commonName() default "Company Secretary, signing for the chair";

    @AttributeDefinition(description = "Where signatures are made (the signature's location)")
    String location() default "London";
}
