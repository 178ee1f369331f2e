/** The security bundle's implementation: keep private. */
package plv.platform.security.internal;
