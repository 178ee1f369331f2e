package plv.commissioning.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Finds an enumeration constant by the id forms, CSV and JSON use (case and surrounding spaces ignored). */
final class EnumIds {

    private EnumIds() {
    }

    static <E extends Enum<E>> Optional<E> byId(E[] values, Function<E, String> id, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(e -> id.apply(e).equals(wanted)).findFirst();
    }
}
