package plv.report.pdf;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What every document of the company must say about the company, supplied by the area that keeps the company's
 * particulars (the board) and printed by the {@link PdfRenderer} on every document: the company's name exactly as
 * registered, and the statement the Local Authorities (Companies) Order 1995 art 4 requires of a company under the
 * control or influence of local authorities, naming the relevant authorities.
 */
@ConsumerType
public interface CompanyStatement {

    /** The company's name exactly as registered, e.g. "Pan London Vehicle for Children's Complex Commissioning Ltd". */
    String companyName();

    /** One line for every page's header, e.g. "A company controlled by local authorities (...)". */
    String headerLine();

    /** The full statement, naming the relevant authority or authorities (art 4(1)), printed at the end of a document. */
    String statement();
}
