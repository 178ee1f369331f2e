/**
 * Users, sign-in and sessions of the PLV suite. {@link plv.platform.security.api.UserDirectory} keeps the accounts
 * (salted slow password hashes, sign-in throttling, personal API tokens); {@link plv.platform.security.api.Sessions}
 * signs people in and out of the browser; {@link plv.platform.security.api.UserSession} is the per-request view the
 * web shell uses for the CSRF token and flash messages; {@link plv.platform.security.api.PublicPath} lets a bundle
 * mark pages that need no sign-in.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package plv.platform.security.api;
