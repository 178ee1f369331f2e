package plv.commissioning.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.KeyDate;
import plv.commissioning.api.TransparencyCode;
import plv.platform.api.Actor;
import plv.platform.api.Role;

/** The published CSV: byte order mark, the Code's headings, quoting, and cells a spreadsheet would run as formulas. */
class ContractsCsvTest {

    @Test
    void writesTheCodesHeadingsAndNeutralisesFormulas() throws Exception {
        List<String> row = List.of("SCH-C001", "=HYPERLINK(\"http://evil\",\"click\")", "Children's services", "Line one\nline two, with comma",
                "+Supplier", "@sum", "-1", "", "", "1250000.00", "", "", "2026-01-01", "2028-12-31", "", "Published invitation to tender",
                "Yes", "Yes", "");
        ContractRegister register = new OneRow(row);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractsCsv.write(out, register, new Actor("d", "D", Role.DIRECTOR, null), null);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).isEqualTo(TransparencyCode.HEADINGS);
        assertThat(records.get(0).get(0)).isEqualTo("Reference number");
        List<String> cells = records.get(1).toList();
        assertThat(cells.get(1)).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(cells.get(3)).isEqualTo("Line one\nline two, with comma");
        assertThat(cells.subList(4, 7)).containsExactly("'+Supplier", "'@sum", "'-1");
        assertThat(cells.get(9)).isEqualTo("1250000.00");
        assertThat(text).contains("\r\n");
    }

    /** A register that answers one published row. */
    private record OneRow(List<String> row) implements ContractRegister {
        @Override
        public void transparencyRows(Actor actor, String programmeId, Consumer<List<String>> sink) {
            sink.accept(row);
        }

        @Override
        public List<Contract> list(Actor actor, String programmeId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Contract get(Actor actor, String programmeId, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Contract add(Actor actor, String programmeId, ContractDraft draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Contract update(Actor actor, String programmeId, long id, long expectedVersion, ContractDraft draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KeyDate> keyDates(Actor actor, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public plv.commissioning.api.ContractPage search(Actor actor, plv.commissioning.api.ContractQuery query) {
            throw new UnsupportedOperationException();
        }
    }
}
