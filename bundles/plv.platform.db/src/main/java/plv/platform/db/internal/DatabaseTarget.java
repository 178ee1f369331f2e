package plv.platform.db.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plv.platform.api.persistence.DatabaseKind;

/** Where the database is, worked out from the settings; knows nothing of connections. */
record DatabaseTarget(DatabaseKind kind, String url, String user, String password, Path derbyFolder) {

    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

    static DatabaseTarget of(String url, String user, String password, Path home) {
        if (url == null || url.isBlank()) {
            Path folder = home.resolve("db").toAbsolutePath().normalize();
            return new DatabaseTarget(DatabaseKind.DERBY, "jdbc:derby:" + folder, "", "", folder);
        }
        String u = url.trim();
        if (u.startsWith("jdbc:postgresql:")) {
            return new DatabaseTarget(DatabaseKind.POSTGRESQL, u, user == null ? "" : user, password == null ? "" : password, null);
        }
        if (u.startsWith("jdbc:derby:")) {
            String path = u.substring("jdbc:derby:".length()).split(";")[0];
            return new DatabaseTarget(DatabaseKind.DERBY, "jdbc:derby:" + path, "", "", Path.of(path).toAbsolutePath());
        }
        throw new IllegalArgumentException("plv.db.url '" + u
                + "' is not supported: leave it empty for embedded Derby or give jdbc:postgresql://host:port/database");
    }

    /** The PostgreSQL schema named by {@code currentSchema}, if any. */
    Optional<String> schema() {
        if (kind != DatabaseKind.POSTGRESQL) {
            return Optional.empty();
        }
        Matcher m = CURRENT_SCHEMA.matcher(url);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The location without credentials, for messages and /health. */
    String location() {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }
}
