package plv.platform.api;

/**
 * A report a programme offers.
 *
 * @param id        stable id, unique within the programme
 * @param title     shown to people
 * @param path      where the report is downloaded or viewed
 * @param mediaType e.g. {@code application/pdf} or {@code text/csv}
 */
public record ReportDescriptor(String id, String title, String path, String mediaType) {
}
