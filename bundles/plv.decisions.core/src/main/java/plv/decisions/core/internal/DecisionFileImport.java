package plv.decisions.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.DecisionImport;
import plv.decisions.api.ImportResult;
import plv.decisions.api.ImportResult.RowError;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/** Imports council decisions from CSV or committee-system XML; all rows or none. */
@Component(service = DecisionImport.class)
public class DecisionFileImport implements DecisionImport {

    private static final int BATCH = 200;

    private final DecisionData data;

    @Activate
    public DecisionFileImport(@Reference DecisionData data) {
        this.data = data;
    }

    @Override
    public ImportResult importCsv(Actor actor, InputStream csv) {
        List<DecisionRow> rows = new ArrayList<>();
        try (Reader r = withoutByteOrderMark(new InputStreamReader(csv, StandardCharsets.UTF_8));
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                        .setTrim(true).get().parse(r)) {
            List<String> unknown = p.getHeaderNames().stream().filter(h -> !DecisionRow.COLUMNS.contains(h)).toList();
            if (!unknown.isEmpty()) {
                return new ImportResult(0, List.of(new RowError(0, "header", "Unknown columns " + unknown
                        + ": use the column names " + DecisionRow.COLUMNS + ".")));
            }
            for (CSVRecord rec : p) {
                Map<String, String> fields = new HashMap<>(rec.toMap());
                rows.add(new DecisionRow(firstLine(p, rec), fields));
            }
        } catch (IOException | RuntimeException e) {
            return new ImportResult(0, List.of(new RowError(0, "file", "The file is not readable CSV: " + e.getMessage())));
        }
        return save(actor, rows);
    }

    /** The line of the file where a record starts (the header is line 1): where it ends, less the line breaks inside quoted values. */
    private static int firstLine(CSVParser p, CSVRecord rec) {
        long breaks = 0;
        for (String v : rec.values()) {
            breaks += v.chars().filter(c -> c == '\n').count();
        }
        return (int) (p.getCurrentLineNumber() - breaks);
    }

    /** Spreadsheets save CSV with a byte-order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader r) throws IOException {
        java.io.PushbackReader p = new java.io.PushbackReader(r, 1);
        int first = p.read();
        if (first != -1 && first != '\uFEFF') {
            p.unread(first);
        }
        return p;
    }

    @Override
    public ImportResult importXml(Actor actor, InputStream xml) {
        List<DecisionRow> rows = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(xml);
            if (!"decisions".equals(doc.getDocumentElement().getLocalName())) {
                return new ImportResult(0, List.of(new RowError(0, "file", "The root element must be <decisions>.")));
            }
            NodeList list = doc.getDocumentElement().getElementsByTagNameNS("*", "decision");
            for (int i = 0; i < list.getLength(); i++) {
                rows.add(new DecisionRow(i + 1, fields((Element) list.item(i))));
            }
        } catch (Exception e) {
            return new ImportResult(0, List.of(new RowError(0, "file", "The file is not readable XML: " + e.getMessage())));
        }
        return save(actor, rows);
    }

    /** Child elements by name; repeated {@code <documentLink>} elements are joined with '|'. */
    private static Map<String, String> fields(Element decision) {
        Map<String, String> out = new HashMap<>();
        for (Node n = decision.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = "documentLink".equals(e.getLocalName()) ? "documentLinks" : e.getLocalName();
                String value = e.getTextContent().strip();
                out.merge(name, value, (a, b) -> a + "|" + b);
            }
        }
        return out;
    }

    private ImportResult save(Actor actor, List<DecisionRow> rows) {
        List<RowError> errors = new ArrayList<>();
        List<CouncilDecisionDraft> drafts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DecisionRow row : rows) {
            int n = row.row();
            CouncilDecisionDraft d = row.draft();
            drafts.add(d);
            errors.addAll(row.errors());
            Set<String> unreadable = new HashSet<>();
            row.errors().forEach(e -> unreadable.add(e.field()));
            for (FieldError e : DecisionValidation.councilDecision(d, data.authorities)) {
                if (!unreadable.contains(e.field())) {
                    errors.add(new RowError(n, e.field(), e.message()));
                }
            }
            if (!seen.add(d.councilGss() + "/" + d.reference())) {
                errors.add(new RowError(n, "reference", d.reference() + " appears twice for " + d.councilGss() + " in this file."));
            }
            try {
                Access.requireRecord(actor, d.councilGss());
            } catch (RuntimeException e) {
                errors.add(new RowError(n, "councilGss", e.getMessage()));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(0, "file", "The file holds no decisions."));
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        try {
            data.store.write(actor, (em, audit) -> {
                int n = 0;
                for (CouncilDecisionDraft d : drafts) {
                    CouncilDecisionRegister.insert(em, audit, d);
                    if (++n % BATCH == 0) {
                        // Written rows stay in the transaction; letting go of them keeps each flush small (linear, not quadratic).
                        em.flush();
                        em.clear();
                    }
                }
                return drafts.size();
            });
        } catch (ValidationException e) {
            return new ImportResult(0, e.errors().stream().map(f -> new RowError(0, f.field(), f.message())).toList());
        }
        return new ImportResult(drafts.size(), List.of());
    }
}
