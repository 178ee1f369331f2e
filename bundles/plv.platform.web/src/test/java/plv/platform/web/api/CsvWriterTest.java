package plv.platform.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void whatItWritesReadsBackCellForCell() throws Exception {
        StringWriter out = new StringWriter();
        List<List<?>> rows = List.of(Arrays.asList("a,b", "x\r\ny", "\"q\""), Arrays.asList("", null, "Ödön"));
        CsvWriter.write(out, List.of("one", "two", "three"), rows);
        var records = org.apache.commons.csv.CSVParser.parse(out.toString(), org.apache.commons.csv.CSVFormat.RFC4180).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).values()).containsExactly("a,b", "x\r\ny", "\"q\"");
        assertThat(records.get(2).values()).containsExactly("", "", "Ödön");
    }

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter.write(out, List.of("name", "amount"), List.of(
                Arrays.asList("Camden, London", 20000),
                Arrays.asList("He said \"hi\"", -5),
                Arrays.asList("=HYPERLINK(\"http://evil\")", null),
                Arrays.asList("line\nbreak", "@SUM(A1)")));
        assertThat(out.toString()).isEqualTo("name,amount\r\n"
                + "\"Camden, London\",20000\r\n"
                + "\"He said \"\"hi\"\"\",-5\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",\r\n"
                + "\"line\nbreak\",'@SUM(A1)\r\n");
    }
}
