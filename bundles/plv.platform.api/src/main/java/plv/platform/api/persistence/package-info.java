/**
 * The shared database (its kind, its schema versions, named locks over it, backups). The JPA persistence units and
 * the audited store of each core bundle are the persistence SPI, {@code plv.platform.spi.persistence} (moved out in
 * 2.0.0 so that no API holds a JPA type).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package plv.platform.api.persistence;
