/** The hash-chained audit trail that records every change made through any service. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package plv.platform.api.audit;
