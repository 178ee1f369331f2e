/**
 * Documents kept for the record, rendered as PDF/A-2b: build a {@link plv.report.pdf.ReportDocument} of headings,
 * paragraphs and tables and hand it to the {@link plv.report.pdf.PdfRenderer} service; sign kept records with the
 * {@link plv.report.pdf.PdfSigner} service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package plv.report.pdf;
