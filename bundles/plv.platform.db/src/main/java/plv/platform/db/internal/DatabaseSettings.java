package plv.platform.db.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the product's database (PID {@code plv.db}). Each empty value falls back to the framework property of
 * the same name ({@code plv.db.url}, {@code plv.db.user}, {@code plv.db.password}), so {@code -Dplv.db.url=...} on the
 * command line is enough; with neither, the product uses embedded Derby in {@code plv.home/db}.
 */
@ObjectClassDefinition(name = "PLV database", description = "Where the product keeps its data")
@interface DatabaseSettings {

    @AttributeDefinition(description = "JDBC URL; empty for embedded Derby in plv.home/db. "
            + "PostgreSQL: jdbc:postgresql://host:5432/db?currentSchema=plv")
    String url() default "";

    String user() default "";

    @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Largest number of pooled connections")
    int poolSize() default 8;

    @AttributeDefinition(description = "Embedded Derby only: a backup folder (made by plv:backup) to restore from at start")
    String restoreFrom() default "";

    @AttributeDefinition(description = "PostgreSQL only, for test runs: drop the schema named in currentSchema when the product stops")
    boolean dropSchemaOnStop() default false;
}
