package plv.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Service property type: {@code plv.programme=<id>} on a {@link Programme} service. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ProgrammeType {
    String PREFIX_ = "plv.";

    /** The programme id, e.g. {@code secure-childrens-home}. */
    String value();
}
