package plv.commissioning.web.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.TransparencyCode;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.RoleGroup;
import plv.platform.api.web.route.Access;
import plv.platform.api.web.route.Reply;
import plv.platform.api.web.route.RouteRequest;
import plv.platform.api.web.route.Routes;
import plv.platform.api.web.route.WebRoutes;

/**
 * The contract register as the Local Government Transparency Code 2015 publishes it: {@code GET
 * /api/programmes/{id}/contracts.csv} for one programme and {@code GET /api/contracts.csv} for every programme, in the
 * Code's column order with its headings. The file starts with a UTF-8 byte order mark so that a spreadsheet opened by
 * double-click reads "£" and accented supplier names correctly, uses CRLF line ends (RFC 4180), and a cell that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) is written with a leading apostrophe.
 * Rows are streamed as the register reads them a page at a time, so the export of every contract fits in bounded memory.
 */
@Component(service = WebRoutes.class)
public class ContractsCsv implements WebRoutes {

    private static final Access READERS = Access.of(RoleGroup.REGISTER_READERS);
    static final String TYPE = "text/csv;charset=UTF-8";

    private final ContractRegister contracts;
    private final ProgrammeRegistry programmes;

    @Activate
    public ContractsCsv(@Reference ContractRegister contracts, @Reference ProgrammeRegistry programmes) {
        this.contracts = contracts;
        this.programmes = programmes;
    }

    @Override
    public void define(Routes routes) {
        routes.get("/api/contracts.csv", READERS, r -> csv(r.requireActor(), null, "contracts.csv"))
                .get("/api/programmes/{id}/contracts.csv", READERS, this::programme);
    }

    private Reply programme(RouteRequest r) {
        String id = r.path("id");
        if (programmes.programme(id).isEmpty()) {
            throw new NotFoundException("No programme with id '" + id + "' is installed; /api/programmes lists those that are.");
        }
        return csv(r.requireActor(), id, id + "-contracts.csv");
    }

    private Reply csv(Actor actor, String programmeId, String filename) {
        // READERS (the route's access) are the register's readers: the service checks again while streaming
        return new Reply.Download(TYPE, filename, true, out -> write(out, contracts, actor, programmeId));
    }

    static void write(OutputStream out, ContractRegister contracts, Actor actor, String programmeId) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        w.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord(TransparencyCode.HEADINGS);
            contracts.transparencyRows(actor, programmeId, row -> {
                try {
                    csv.printRecord(row.stream().map(ContractsCsv::safe).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A cell a spreadsheet will show as text, never run as a formula (OWASP "CSV injection"). */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
