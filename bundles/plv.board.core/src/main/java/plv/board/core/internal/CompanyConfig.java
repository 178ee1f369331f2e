package plv.board.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The company's particulars (PID {@code plv.board.company}). */
@ObjectClassDefinition(name = "PLV board: the company", description = "The company's name, its relation to local authorities and its filing dates.")
@interface CompanyConfig {

    @AttributeDefinition(name = "Company name", description = "Exactly as registered at Companies House.")
    String name() default plv.report.pdf.ReportDocument.COMPANY;

    @AttributeDefinition(name = "Local authority relation", description = "CONTROLLED or INFLUENCED, within the meaning of Part V of the Local Government and Housing Act 1989.")
    String localAuthorityRelation() default "CONTROLLED";

    @AttributeDefinition(name = "Date of incorporation", description = "YYYY-MM-DD: the first confirmation statement's review period begins that day (s853A).")
    String incorporatedOn() default "2023-04-01";

    @AttributeDefinition(name = "Accounting reference date", description = "MM-DD, the day each accounting reference period ends (s391).")
    String accountingReferenceDate() default "03-31";
}
