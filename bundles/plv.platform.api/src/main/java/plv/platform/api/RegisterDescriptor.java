package plv.platform.api;

/**
 * A register a programme keeps (e.g. its contract register or its risk log).
 *
 * @param id    stable id, unique within the programme
 * @param title shown to people
 * @param path  the web path of the register's page, or null when it has none
 */
public record RegisterDescriptor(String id, String title, String path) {
}
