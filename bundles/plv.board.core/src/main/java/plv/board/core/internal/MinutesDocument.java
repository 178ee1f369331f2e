package plv.board.core.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import plv.board.api.Action;
import plv.board.api.AgendaItem;
import plv.board.api.Attendance;
import plv.board.api.Decision;
import plv.board.api.Meeting;
import plv.board.api.MinutesEdition;
import plv.board.api.Paper;
import plv.report.pdf.Block;
import plv.report.pdf.ReportDocument;

/** Lays out a meeting's minutes as a report document: the confidential edition, or the public one from {@link PublicView}. */
final class MinutesDocument {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** The signature field of approved minutes, filled by the company's signing key for the chair. */
    static final String SIGNATURE_FIELD = "Chair";

    private MinutesDocument() {
    }

    static String title(Meeting m) {
        return "Minutes of the " + m.type().label().toLowerCase(Locale.ROOT) + " of " + m.startsAt().format(DAY);
    }

    /**
     * A correction applied to the minutes, as the corrected version states it.
     *
     * @param itemNumber the corrected item
     * @param exempt     true when the item is Part 2 (the public edition then says only that it was corrected)
     * @param was        the minute as first approved
     * @param now        the minute as corrected
     * @param reason     why
     * @param approvedAt "the meeting of 12 March 2026 (item 2)"
     * @param version    the version of the minutes that applied it
     */
    record Correction(int itemNumber, boolean exempt, String was, String now, String reason, String approvedAt, int version) {
    }

    static ReportDocument build(Meeting meeting, MinutesEdition edition, boolean draft, Instant created) {
        return build(meeting, edition, draft, created, List.of());
    }

    static ReportDocument build(Meeting meeting, MinutesEdition edition, boolean draft, Instant created,
            List<Correction> corrections) {
        boolean confidential = edition == MinutesEdition.CONFIDENTIAL;
        Meeting m = confidential ? meeting : PublicView.of(meeting);
        ReportDocument.Builder doc = ReportDocument.builder(title(m)).author("Company secretary").created(created)
                .draft(draft).subject(confidential ? "Confidential minutes (Part 1 and Part 2): not for publication"
                        : "Public minutes (Part 1; Part 2 items by title only)");
        if (confidential) {
            doc.paragraph("CONFIDENTIAL: contains exempt information (Local Government Act 1972, Schedule 12A).",
                    Block.Style.BOLD);
        }
        doc.heading(m.title()).paragraph(m.startsAt().format(DAY) + " at " + m.startsAt().format(TIME) + ", "
                + (m.place() != null ? m.place() : "online") + (m.place() != null && m.onlineLink() != null ? " and online" : ""));
        attendance(doc, m);
        for (AgendaItem item : m.items()) {
            item(doc, item, confidential);
        }
        actions(doc, m.actionLog());
        corrections(doc, corrections, confidential);
        if (draft) {
            doc.paragraph("Signed as a correct record: ______________________ (Chair)     Date: ______________");
        } else { // approved minutes are signed for the chair with the company's key in this space (PAdES)
            doc.paragraph("Signed for the chair as a correct record, electronically:");
            doc.add(new Block.SignatureSpace(SIGNATURE_FIELD));
        }
        return doc.build();
    }

    private static void attendance(ReportDocument.Builder doc, Meeting m) {
        List<List<String>> rows = new ArrayList<>();
        for (Attendance a : m.attendance()) {
            String when = a.arrivedAtItem() == null && a.leftAfterItem() == null ? ""
                    : (a.arrivedAtItem() != null ? "from item " + a.arrivedAtItem() : "")
                            + (a.arrivedAtItem() != null && a.leftAfterItem() != null ? ", " : "")
                            + (a.leftAfterItem() != null ? "left after item " + a.leftAfterItem() : "");
            rows.add(List.of(a.personName(), capacity(a), a.status().label(), when));
        }
        doc.heading("Attendance").table(List.of("Name", "Capacity", "Attendance", "Arrived / left"), List.of(4, 3, 2, 3), rows);
    }

    private static String capacity(Attendance a) {
        return switch (a.capacity()) {
            case DIRECTOR -> "Director";
            case MEMBER_REPRESENTATIVE -> "Member representative";
            case OFFICER -> "Officer";
            case OBSERVER -> "Observer";
        };
    }

    private static void item(ReportDocument.Builder doc, AgendaItem item, boolean confidential) {
        doc.heading(item.number() + ". " + (confidential ? item.title() : item.titleForPublic()));
        if (item.exempt()) {
            doc.paragraph(confidential ? "Part 2 (exempt): Schedule 12A paragraph " + item.exemptParagraph()
                    + (item.exemptReason() != null ? ". " + item.exemptReason() : "")
                    + ". Title for publication: " + item.publicTitle() : item.exemptionNotice(), Block.Style.NOTE);
            if (!confidential) {
                return;
            }
        }
        if (!item.interests().isEmpty()) {
            doc.table(List.of("Declaration of interest", "Interest", "Left the room"), List.of(3, 5, 2),
                    item.interests().stream().map(i -> List.of(i.personName(), i.nature(), i.leftRoom() ? "yes" : "no")).toList());
        }
        if (item.minute() != null && !item.minute().isBlank()) {
            doc.paragraph(item.minute());
        }
        for (Paper p : item.papers()) {
            doc.paragraph("Paper: " + p.title() + " (" + p.fileName() + ", SHA-256 " + p.sha256() + ")", Block.Style.NOTE);
        }
        if (!item.quorate()) {
            doc.paragraph("The meeting was not quorate for this item; no decision could be taken.", Block.Style.NOTE);
        }
        Decision d = item.decision();
        if (d != null) {
            doc.paragraph("RESOLVED: " + d.resolution(), Block.Style.BOLD);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Proposed by", d.proposer() == null ? "" : d.proposer()));
            rows.add(List.of("Seconded by", d.seconder() == null ? "" : d.seconder()));
            rows.add(List.of("Outcome", d.outcome()));
            if (!d.notVoting().isEmpty()) {
                rows.add(List.of("Did not vote (interest)", String.join(", ", d.notVoting())));
            }
            doc.table(List.of("Decision", ""), List.of(1, 3), rows);
        }
    }

    /** What changed since the minutes were first approved, and where each change was approved; earlier versions stay readable. */
    private static void corrections(ReportDocument.Builder doc, List<Correction> corrections, boolean confidential) {
        if (corrections.isEmpty()) {
            return;
        }
        doc.heading("Corrections to these minutes");
        doc.paragraph("These minutes were corrected after their approval. Each correction was approved at a later meeting;"
                + " the earlier versions of the minutes are kept unchanged and can still be read.", Block.Style.NOTE);
        for (Correction c : corrections) {
            doc.paragraph("Version " + c.version() + ": item " + c.itemNumber() + " corrected, as approved at " + c.approvedAt()
                    + ". Reason: " + c.reason() + ".", Block.Style.BOLD);
            if (c.exempt() && !confidential) {
                doc.paragraph("The item is exempt (Part 2): the wording is not published.", Block.Style.NOTE);
                continue;
            }
            doc.paragraph("Was: " + (c.was() == null ? "(no minute)" : c.was()));
            doc.paragraph("Now: " + c.now());
        }
    }

    private static void actions(ReportDocument.Builder doc, List<Action> actions) {
        if (actions.isEmpty()) {
            return;
        }
        doc.heading("Action log").table(List.of("Item", "Action", "Owner", "Due", "Done"), List.of(1, 6, 3, 2, 2),
                actions.stream().map(a -> List.of(String.valueOf(a.itemNumber()), a.description(), a.owner(),
                        a.dueOn().toString(), a.doneOn() == null ? "open" : a.doneOn().toString()))
                        .collect(Collectors.toList()));
    }
}
