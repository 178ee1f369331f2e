package plv.decisions.api;

/**
 * One of the 33 London authorities that may join the PLV.
 *
 * @param gss       GSS code, E09000001–E09000033
 * @param name      e.g. "Camden"
 * @param subRegion NEL, NCL, NWL, SEL or SWL
 */
public record LondonAuthority(String gss, String name, String subRegion) {
}
