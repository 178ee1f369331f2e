package plv.platform.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Paths anyone may read without signing in: the sign-in page, the health check, static assets, and whatever pages
 * bundles mark with {@link plv.platform.security.api.PublicPath}.
 */
final class PublicPaths {

    static final List<String> BUILT_IN = List.of("/sign-in", "/health", "/health/*", "/static/*", "/favicon.ico", "/robots.txt");

    private final Map<Object, List<String>> patterns = new ConcurrentHashMap<>();

    void add(Object owner, Collection<String> ownerPatterns) {
        patterns.put(owner, List.copyOf(ownerPatterns));
    }

    void remove(Object owner) {
        patterns.remove(owner);
    }

    boolean matches(String path) {
        return Stream.concat(BUILT_IN.stream(), patterns.values().stream().flatMap(List::stream))
                .anyMatch(p -> matches(p, path));
    }

    static boolean matches(String pattern, String path) {
        if (path == null || path.contains("..") || path.contains("//") || path.contains(";")) {
            return false;
        }
        if (pattern.contains("{")) { // a route's pattern: each {name} stands for exactly one non-empty segment
            String[] want = pattern.split("/", -1);
            String[] have = path.split("/", -1);
            if (want.length != have.length) {
                return false;
            }
            for (int i = 0; i < want.length; i++) {
                boolean param = want[i].startsWith("{") && want[i].endsWith("}");
                if (param ? have[i].isEmpty() : !want[i].equals(have[i])) {
                    return false;
                }
            }
            return true;
        }
        if (pattern.endsWith("/*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return path.equals(base) || path.startsWith(base + "/");
        }
        return pattern.equals(path);
    }
}
