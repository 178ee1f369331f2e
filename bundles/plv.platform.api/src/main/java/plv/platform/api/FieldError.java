package plv.platform.api;

/**
 * One problem with one field of a submitted form or record.
 *
 * @param field   the field's name as the form knows it (e.g. {@code noticeDate})
 * @param message what is wrong and how to fix it, in plain English
 */
public record FieldError(String field, String message) {
}
