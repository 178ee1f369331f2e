package plv.platform.web.templates;

import java.util.Locale;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker settings the web shell renders every page with, in one place: the shell's renderer uses them, and a
 * bundle's template tests use them too, so that a test renders a template exactly as the product does (HTML
 * auto-escaping by the {@code .ftlh} extension, errors rethrown, no {@code ?api} or {@code ?new}).
 */
public final class PageTemplates {

    private PageTemplates() {
    }

    /**
     * A configuration that finds a bundle's templates under {@code templates/} of {@code bundleLoader} first, then
     * the shell's own (layout, {@code plv/forms.ftlh}, {@code plv/lists.ftlh}).
     */
    public static Configuration configuration(ClassLoader bundleLoader) {
        return configuration(new MultiTemplateLoader(new TemplateLoader[] { new ClassTemplateLoader(bundleLoader, "templates"),
                new ClassTemplateLoader(PageTemplates.class.getClassLoader(), "templates") }));
    }

    /** The shell's settings over any template loader. */
    public static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocale(Locale.UK);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }
}
