package plv.platform.api.audit;

/** One field's value before and after a change, as text (null when absent). */
public record FieldChange(String before, String after) {

    public static FieldChange of(Object before, Object after) {
        return new FieldChange(before == null ? null : String.valueOf(before), after == null ? null : String.valueOf(after));
    }

    public boolean changed() {
        return before == null ? after != null : !before.equals(after);
    }
}
