package plv.board.core.internal;

import java.time.Instant;
import java.util.List;

import plv.board.api.WrittenResolution;
import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;

/** A passed written resolution as a PDF/A record for the retention export (Companies Act 2006 s355(1)(a)). */
final class ResolutionRecord {
    private ResolutionRecord() {
    }

    static ReportDocument document(WrittenResolution r, Instant made) {
        ReportDocument.Builder doc = ReportDocument.builder("Written resolution " + r.id() + " (" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ")")
                .author("Company secretary").created(made)
                .subject("Record of a written resolution of members, kept under Companies Act 2006 s355");
        doc.heading("Written resolution of the members (" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ")")
                .paragraph(r.text(), Block.Style.BOLD)
                .table(List.of("", ""), List.of(2, 3), List.of(
                        List.of("Circulated on", String.valueOf(r.circulatedOn())),
                        List.of("Period for agreeing", r.periodDays() + " days; last day " + r.lastDayToAgree()),
                        List.of("Eligible members", r.eligibleMembers().size() + " (one vote each): " + String.join(" ", r.eligibleMembers())),
                        List.of("Votes required", String.valueOf(r.votesRequired())),
                        List.of("Passed on", String.valueOf(r.passedOn())),
                        List.of("Filed at Companies House", r.filedOn() == null ? (r.filingDueOn() == null ? "not required" : "due by " + r.filingDueOn())
                                : String.valueOf(r.filedOn()))));
        doc.heading("Agreements").table(List.of("Member", "Agreed on", "Representative"), List.of(2, 2, 3),
                r.agreements().stream().map(a -> List.of(a.memberGss(), String.valueOf(a.agreedOn()),
                        a.representative() == null ? "" : a.representative())).toList());
        doc.paragraph("Record made for the retention export on " + made + ".", Block.Style.NOTE);
        return doc.build();
    }
}
