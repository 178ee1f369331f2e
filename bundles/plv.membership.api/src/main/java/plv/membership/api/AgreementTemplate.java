package plv.membership.api;

/**
 * Standard terms every member agreement starts from, e.g. "PLV Members' Agreement 2023".
 *
 * @param id    its id
 * @param name  its name
 * @param terms the standard date terms
 */
public record AgreementTemplate(long id, String name, AgreementTerms terms) {
}
