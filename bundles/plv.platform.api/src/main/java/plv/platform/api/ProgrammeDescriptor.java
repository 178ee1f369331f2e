package plv.platform.api;

/**
 * The identity of a commissioning programme.
 *
 * @param id          stable id used in URLs, e.g. {@code secure-childrens-home}
 * @param name        e.g. "Secure Children's Home"
 * @param description one or two sentences
 * @param status      planned / procuring / live / closed
 */
public record ProgrammeDescriptor(String id, String name, String description, ProgrammeStatus status) {
}
