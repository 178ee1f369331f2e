/** The shared database, versioned schema migrations, and one JPA persistence unit per owning bundle. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package plv.platform.api.persistence;
