/**
 * The one way a bundle adds pages and API endpoints: a {@link plv.platform.api.web.route.WebRoutes} service declares
 * its routes (method, path pattern with typed parameters, who may call it, handler); the platform's web shell turns
 * them into servlets, checks access before anything is read, binds and validates forms into records, renders the
 * {@link plv.platform.api.web.route.Reply} and maps exceptions to the shell's error pages. Area bundles write no
 * servlets or filters. See docs/architecture.md, "How a request flows" and "How to add a page".
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package plv.platform.api.web.route;
