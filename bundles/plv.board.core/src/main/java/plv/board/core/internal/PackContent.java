package plv.board.core.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import plv.board.api.AgendaItem;
import plv.board.api.Meeting;
import plv.board.api.MinutesEdition;
import plv.board.api.Paper;
import plv.report.pdf.AgendaPack;

/**
 * What goes into a meeting's agenda pack, by edition. Given the public view of the meeting, the public edition holds
 * only what that view holds: Part 2 items by their published title and paragraph, no exempt paper, no presenter or
 * decision sought of Part 2 business (see {@link PublicView}); exempt papers are left out here once more.
 */
final class PackContent {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PackContent() {
    }

    static AgendaPack of(Meeting m, MinutesEdition edition, Instant now, LongFunction<AgendaPack.PdfSource> pdf,
            LongFunction<String> text) {
        boolean confidential = edition == MinutesEdition.CONFIDENTIAL;
        String title = m.title() + ", " + m.startsAt().format(DAY) + ": agenda pack ("
                + (confidential ? "confidential" : "public") + " edition)";
        List<String> cover = new ArrayList<>();
        cover.add(m.title());
        cover.add(m.startsAt().format(WHEN) + (m.place() == null ? "" : ", " + m.place())
                + (m.onlineLink() == null ? "" : ", online: " + m.onlineLink()));
        if (m.papersSentOn() != null) {
            cover.add("Agenda and papers sent on " + m.papersSentOn().format(DAY) + ".");
        }
        cover.add(confidential
                ? "CONFIDENTIAL EDITION: contains exempt information within Schedule 12A to the Local Government Act 1972"
                        + " (Part 2 business and exempt papers). Not for publication; for directors and the company secretary."
                : "Public edition: Part 2 (exempt) business is listed by its published title and Schedule 12A paragraph"
                        + " only, and exempt papers are not included.");
        List<AgendaPack.Entry> entries = new ArrayList<>();
        for (AgendaItem i : m.items()) {
            boolean hidePart2 = i.exempt() && !confidential;
            String part = i.exempt() ? "Part 2, exempt: Schedule 12A paragraph " + i.exemptParagraph() : "Part 1";
            List<AgendaPack.Paper> papers = new ArrayList<>();
            if (!hidePart2) {
                for (Paper p : i.papers()) {
                    if (p.exempt() && !confidential) {
                        continue;
                    }
                    String note = "version " + p.version() + (p.exempt() ? ", exempt: Schedule 12A paragraph " + p.exemptParagraph() : "");
                    papers.add(p.written() || p.mediaType().startsWith("text/")
                            ? new AgendaPack.Paper(p.title(), note, text.apply(p.id()), null)
                            : new AgendaPack.Paper(p.title(), note, null, pdf.apply(p.id())));
                }
            }
            entries.add(new AgendaPack.Entry(String.valueOf(i.number()), part, hidePart2 ? i.publicTitle() : i.title(),
                    hidePart2 ? null : i.presenter(), hidePart2 ? null : i.decisionSought(), papers));
        }
        return new AgendaPack(title, null, now, cover, entries);
    }
}
