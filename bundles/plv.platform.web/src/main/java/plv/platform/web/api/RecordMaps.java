package plv.platform.web.api;

import java.util.LinkedHashMap;
import java.util.Map;

import plv.platform.web.internal.route.JsonMapper;

/**
 * A record as a plain map, for a template or a JSON answer built from several records, through the platform's one
 * JSON mapper: java.time values as ISO-8601 text ({@code 2028-03-31}), enums by name, nested records as maps, in the
 * record's component order. Areas use this instead of a Jackson mapper of their own.
 */
public final class RecordMaps {

    private RecordMaps() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Object record) {
        return JsonMapper.shared().convertValue(record, LinkedHashMap.class);
    }
}
