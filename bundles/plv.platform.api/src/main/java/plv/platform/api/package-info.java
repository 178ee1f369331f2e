/**
 * Cross-cutting types of the PLV suite: who is acting, the commissioning programme extension point,
 * and the exceptions that every service uses to tell a user what went wrong and how to fix it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package plv.platform.api;
