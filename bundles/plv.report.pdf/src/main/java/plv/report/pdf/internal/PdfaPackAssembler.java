package plv.report.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.report.pdf.AgendaPack;
import plv.report.pdf.Block;
import plv.report.pdf.CompanyStatement;
import plv.report.pdf.PackAssembler;
import plv.report.pdf.ReportDocument;

/**
 * Makes agenda packs as PDF/A-2b with PDFBox: all pages of the pack, and every uploaded paper while it is read, are
 * kept in scratch files ({@link IOUtils#createTempFileOnlyStreamCache()}), so memory stays bounded however large the
 * papers. The agenda's page numbers are known before it is laid out: its length is measured first with placeholder
 * numbers, the papers follow, then the agenda is laid out with the real numbers and moved behind the cover.
 */
@Component(service = PackAssembler.class)
public final class PdfaPackAssembler implements PackAssembler {
    private static final Pattern PDFA_PART = Pattern.compile("pdfaid:part(?:>|=\")\\s*([123])");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CompanyStatement company;

    private volatile Typeface[] faces;

    public PdfaPackAssembler() {
    }

    /** An assembler with a fixed company statement (tests). */
    public PdfaPackAssembler(CompanyStatement company) {
        this.company = company;
    }

    private Typeface[] faces() {
        Typeface[] f = faces;
        if (f == null) {
            Typeface regular = new Typeface("DejaVuSans.ttf");
            Typeface bold = new Typeface("DejaVuSans-Bold.ttf");
            faces = f = new Typeface[] { regular, bold, regular.printingOnlyWhat(bold) };
        }
        return f;
    }

    /** Fonts embedded in one PDF. */
    private record Fonts(PDType0Font body, PDType0Font strong, Typeface regular, Typeface bold, Typeface common) {
    }

    @Override
    public void assemble(AgendaPack pack, OutputStream out) {
        Typeface[] f = faces();
        List<PDDocument> sources = new ArrayList<>();
        List<Path> scratch = new ArrayList<>();
        try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                TrueTypeFont bodyFont = f[0].parse(); TrueTypeFont boldFont = f[1].parse()) {
            Fonts fonts = new Fonts(Typeface.embed(pdf, bodyFont), Typeface.embed(pdf, boldFont), f[0], f[1], f[2]);
            ReportDocument cover = cover(pack).withCompany(company);
            List<String> header = cover.headerLines();
            List<PDPage> coverPages = flow(pdf, cover, fonts);
            int agendaLength = measureAgenda(pack, header, f);

            // the papers, each recording the page (of the whole pack) it starts on
            List<List<Integer>> starts = new ArrayList<>();
            List<List<PDPage>> firstPages = new ArrayList<>();
            java.util.Set<PDPage> carried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (AgendaPack.Entry e : pack.entries()) {
                List<Integer> s = new ArrayList<>();
                List<PDPage> firsts = new ArrayList<>();
                for (AgendaPack.Paper paper : e.papers()) {
                    s.add(pdf.getNumberOfPages() + agendaLength + 1);
                    List<PDPage> pages = paper(pdf, paper, e, header, fonts, sources, scratch, carried);
                    firsts.add(pages.get(0));
                }
                starts.add(s);
                firstPages.add(firsts);
            }
            List<PDPage> agenda = flow(pdf, agenda(pack, header, starts), fonts);
            if (agenda.size() != agendaLength) {
                throw new IllegalStateException("The agenda took " + agenda.size() + " pages, not the " + agendaLength + " measured");
            }
            PDPageTree tree = pdf.getPages();
            PDPage after = coverPages.get(coverPages.size() - 1);
            for (PDPage p : agenda) {
                tree.remove(p);
                tree.insertAfter(p, after);
                after = p;
            }
            outline(pdf, pack, coverPages.get(0), agenda.get(0), firstPages);
            footers(pdf, pack.title(), fonts, carried);
            PdfaMetadata.apply(pdf, new ReportDocument(pack.title(), pack.author(), "Agenda pack", pack.created(), false,
                    header, List.of()));
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the pack " + pack.title(), e);
        } finally {
            for (PDDocument s : sources) {
                try {
                    s.close();
                } catch (IOException e) {
                    // a scratch file left behind is removed with the temporary folder
                }
            }
            for (Path p : scratch) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // as above
                }
            }
        }
    }

    private static List<PDPage> flow(PDDocument pdf, ReportDocument doc, Fonts f) throws IOException {
        return new PageFlow(pdf, doc, f.body(), f.strong(), f.common(), f.regular(), f.bold()).layOutInPack();
    }

    private static int measureAgenda(AgendaPack pack, List<String> header, Typeface[] f) throws IOException {
        List<List<Integer>> placeholders = pack.entries().stream().map(e -> e.papers().stream().map(p -> 99999).toList()).toList();
        try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                TrueTypeFont bodyFont = f[0].parse(); TrueTypeFont boldFont = f[1].parse()) {
            Fonts fonts = new Fonts(Typeface.embed(pdf, bodyFont), Typeface.embed(pdf, boldFont), f[0], f[1], f[2]);
            return flow(pdf, agenda(pack, header, placeholders), fonts).size();
        }
    }

    private static ReportDocument cover(AgendaPack pack) {
        ReportDocument.Builder b = ReportDocument.builder(pack.title()).author(pack.author()).created(pack.created())
                .heading(pack.title());
        pack.cover().forEach(b::paragraph);
        return b.build();
    }

    private static ReportDocument agenda(AgendaPack pack, List<String> header, List<List<Integer>> starts) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < pack.entries().size(); i++) {
            AgendaPack.Entry e = pack.entries().get(i);
            StringBuilder business = new StringBuilder(e.title()).append(" (").append(e.part()).append(")");
            if (e.presenter() != null) {
                business.append(". Presenter: ").append(e.presenter());
            }
            if (e.decisionSought() != null) {
                business.append(". Decision sought: ").append(e.decisionSought());
            }
            rows.add(List.of(e.number(), business.toString(), e.papers().isEmpty() ? "No papers" : "", ""));
            for (int j = 0; j < e.papers().size(); j++) {
                AgendaPack.Paper p = e.papers().get(j);
                rows.add(List.of("", "", p.title() + (p.note() == null ? "" : " (" + p.note() + ")"),
                        String.valueOf(starts.get(i).get(j))));
            }
        }
        return new ReportDocument(pack.title(), pack.author(), "Agenda", pack.created(), false, header,
                List.of(new Block.Heading(1, "Agenda"), new Block.Table(List.of("Item", "Business", "Papers", "Page"),
                        List.of(7, 50, 33, 10), rows)));
    }

    /** Lays out or carries in one paper; answers its pages. */
    private static List<PDPage> paper(PDDocument pdf, AgendaPack.Paper paper, AgendaPack.Entry entry, List<String> header,
            Fonts fonts, List<PDDocument> sources, List<Path> scratch, java.util.Set<PDPage> carried) throws IOException {
        String heading = "Item " + entry.number() + ": " + paper.title();
        if (paper.pdf() == null) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block.Heading(1, heading));
            if (paper.note() != null) {
                blocks.add(new Block.Paragraph(paper.note(), Block.Style.NOTE));
            }
            for (String para : (paper.text() == null ? "" : paper.text()).split("\\R\\s*\\R")) {
                if (!para.isBlank()) {
                    blocks.add(new Block.Paragraph(para.strip().replaceAll("\\s*\\R\\s*", " ")));
                }
            }
            return flow(pdf, new ReportDocument(paper.title(), null, null, null, false, header, blocks), fonts);
        }
        Path file = Files.createTempFile("plv-pack-paper-", ".pdf");
        scratch.add(file);
        try (InputStream in = paper.pdf().open()) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String problem;
        PDDocument src = null;
        try {
            src = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
            problem = whyNotCarried(src);
        } catch (IOException e) {
            problem = "it cannot be read as a PDF (" + e.getMessage() + ")";
        }
        if (problem == null) {
            sources.add(src);
            List<PDPage> pages = new ArrayList<>();
            for (PDPage page : src.getPages()) {
                PDPage imported = pdf.importPage(page);
                imported.setResources(page.getResources());
                imported.setMediaBox(page.getMediaBox());
                imported.setCropBox(page.getCropBox());
                imported.setRotation(page.getRotation());
                pages.add(imported);
                carried.add(imported);
            }
            return pages;
        }
        if (src != null) {
            src.close();
        }
        return flow(pdf, new ReportDocument(paper.title(), null, null, null, false, header, List.of(
                new Block.Heading(1, heading),
                new Block.Paragraph("This paper is not included in this pack: " + problem + ".", Block.Style.BOLD),
                new Block.Paragraph("The pack is kept as PDF/A (ISO 19005-2) so that it stays readable as a record; an"
                        + " upload can be carried into it only when it is itself PDF/A. The company secretary can save the"
                        + " paper as PDF/A (for example File, Save as, PDF, Options, \"PDF/A compliant\" in a word processor,"
                        + " or Print to PDF/A) and upload it as a new version of \"" + paper.title() + "\"; the pack is"
                        + " then made again with it. Until then the paper can be read from the meeting's page."))), fonts);
    }

    /** Null when the upload can be carried into a PDF/A-2b pack, else why not. */
    static String whyNotCarried(PDDocument src) throws IOException {
        if (src.isEncrypted()) {
            return "it is encrypted";
        }
        if (src.getNumberOfPages() == 0) {
            return "it has no pages";
        }
        if (src.getDocumentCatalog().getMetadata() == null) {
            return "it is not a PDF/A file (it has no PDF/A identification)";
        }
        String xmp;
        try (InputStream in = src.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = PDFA_PART.matcher(xmp);
        if (!m.find()) {
            return "it is not a PDF/A file (it has no PDF/A identification)";
        }
        for (PDOutputIntent intent : src.getDocumentCatalog().getOutputIntents()) {
            PDStream profile = intent.getDestOutputIntent() == null ? null : new PDStream(intent.getDestOutputIntent());
            if (profile != null) {
                byte[] head = new byte[20];
                try (InputStream in = profile.createInputStream()) {
                    if (in.readNBytes(head, 0, 20) == 20 && !"RGB ".equals(new String(head, 16, 4, StandardCharsets.US_ASCII))) {
                        return "it is PDF/A for print in " + new String(head, 16, 4, StandardCharsets.US_ASCII).trim()
                                + " colour, not for screens in RGB like the pack";
                    }
                }
            }
        }
        return null;
    }

    private static void outline(PDDocument pdf, AgendaPack pack, PDPage cover, PDPage agenda, List<List<PDPage>> papers) {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(bookmark("Cover", cover));
        outline.addLast(bookmark("Agenda", agenda));
        for (int i = 0; i < pack.entries().size(); i++) {
            AgendaPack.Entry e = pack.entries().get(i);
            if (e.papers().isEmpty()) {
                continue;
            }
            PDOutlineItem item = bookmark("Item " + e.number() + ": " + e.title(), papers.get(i).get(0));
            for (int j = 0; j < e.papers().size(); j++) {
                item.addLast(bookmark(e.papers().get(j).title(), papers.get(i).get(j)));
            }
            outline.addLast(item);
        }
        pdf.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        return item;
    }

    /**
     * "Page X of Y" and the pack's title at the foot of every page; on a page carried in from an upload, lower down
     * (below where a footer of its own would be) on a white band.
     */
    private static void footers(PDDocument pdf, String title, Fonts f, java.util.Set<PDPage> carried) throws IOException {
        int total = pdf.getNumberOfPages();
        String name = f.regular().printable(title);
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            n++;
            PDRectangle box = page.getMediaBox();
            String number = "Page " + n + " of " + total;
            float size = 8;
            float left = box.getLowerLeftX() + 56;
            float right = box.getUpperRightX() - 56;
            float base = box.getLowerLeftY() + (carried.contains(page) ? 14 : 30);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setNonStrokingColor(1f, 1f, 1f);
                cs.addRect(left - 4, base - 4, right - left + 8, size + 8);
                cs.fill();
                cs.setNonStrokingColor(0.3f, 0.3f, 0.3f);
                String shown = name;
                float room = right - left - f.regular().width(number, size) - 20;
                while (!shown.isEmpty() && f.regular().width(shown, size) > room) {
                    shown = Typeface.withoutLast(shown);
                }
                cs.beginText();
                cs.setFont(f.body(), size);
                cs.newLineAtOffset(left, base);
                cs.showText(shown);
                cs.endText();
                cs.beginText();
                cs.setFont(f.body(), size);
                cs.newLineAtOffset(right - f.regular().width(number, size), base);
                cs.showText(number);
                cs.endText();
            }
        }
    }
}
