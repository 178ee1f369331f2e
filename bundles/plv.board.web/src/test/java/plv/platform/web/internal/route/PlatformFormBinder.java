package plv.platform.web.internal.route;

import java.util.Map;

/**
 * Test access to the platform's one form reader, so that the board's form records are bound here exactly as the route
 * servlet binds them (the binder is internal to plv.platform.web; the tests run on the plain class path).
 */
public final class PlatformFormBinder {
    private PlatformFormBinder() {
    }

    /** Binds the posted fields to {@code type}, or throws the binder's refusal (a ValidationException). */
    public static <T extends Record> T bind(Class<T> type, Map<String, String[]> posted) {
        return FormBinder.bind(type, posted::get);
    }

    /** What the binder keeps of what was typed, to show a refused form again. */
    public static Map<String, String> typed(Class<? extends Record> type, Map<String, String[]> posted) {
        return FormBinder.typed(type, posted::get);
    }
}
