/**
 * The web shell's FreeMarker settings ({@link plv.platform.web.templates.PageTemplates}), shared by the shell's page
 * renderer and by the template tests of the bundles that contribute pages.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package plv.platform.web.templates;
