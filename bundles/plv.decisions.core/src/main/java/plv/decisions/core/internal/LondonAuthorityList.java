package plv.decisions.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Component;

import plv.decisions.api.LondonAuthorities;
import plv.decisions.api.LondonAuthority;

/** The 33 London authorities, from {@code plv/decisions/london-authorities.csv} shipped in this bundle. */
@Component(service = LondonAuthorities.class)
public class LondonAuthorityList implements LondonAuthorities {

    private final List<LondonAuthority> all;

    public LondonAuthorityList() {
        List<LondonAuthority> out = new ArrayList<>();
        try (InputStream in = LondonAuthorityList.class.getResourceAsStream("/plv/decisions/london-authorities.csv");
                CSVParser csv = CSVParser.parse(in, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord f : csv) {
                if (f.size() == 3) {
                    out.add(new LondonAuthority(f.get(0).trim(), f.get(1).trim(), f.get(2).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.all = List.copyOf(out);
    }

    @Override
    public List<LondonAuthority> all() {
        return all;
    }

    @Override
    public Optional<LondonAuthority> byGss(String gss) {
        return all.stream().filter(a -> a.gss().equalsIgnoreCase(gss == null ? "" : gss.trim())).findFirst();
    }
}
