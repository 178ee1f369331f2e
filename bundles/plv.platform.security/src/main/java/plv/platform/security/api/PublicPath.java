package plv.platform.security.api;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a whiteboard servlet whose paths anyone may read without signing in, e.g. published
 * minutes: {@code @PublicPath({"/public/minutes/*"})}. A pattern ending in {@code /*} covers the path and everything
 * below it; any other pattern is matched exactly. The service property is {@value #NAME}. Only GET and HEAD are
 * public; a state-changing request still needs a session and its CSRF token.
 */
@ComponentPropertyType
public @interface PublicPath {

    /** Service property that lists the public path patterns. */
    String NAME = "plv.web.public.path";

    /** Prefix turning the annotation name into {@value #NAME}. */
    String PREFIX_ = "plv.web.";

    String[] value();
}
