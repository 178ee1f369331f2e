/**
 * The persistence SPI of the core bundles: each opens its own JPA persistence unit ({@link
 * plv.platform.spi.persistence.PersistenceUnits#open}) on the shared database and writes through its
 * {@link plv.platform.spi.persistence.Store}, each write and its audit entry ({@link plv.platform.spi.persistence.AuditLog})
 * in one transaction. JPA types live here and nowhere in an API: areas depend on each other's {@code .api} packages,
 * which hold records and interfaces only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package plv.platform.spi.persistence;
