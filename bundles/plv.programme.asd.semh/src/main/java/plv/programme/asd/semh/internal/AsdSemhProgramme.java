package plv.programme.asd.semh.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Component;

import plv.commissioning.api.CommissioningPaths;
import plv.platform.api.KeyDate;
import plv.platform.api.Participant;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeFact;
import plv.platform.api.ProgrammeStatus;
import plv.platform.api.ProgrammeType;
import plv.platform.api.RegisterDescriptor;

/**
 * Collaborative commissioning for children with autism (ASD) and social, emotional and mental health needs (SEMH)
 * (seed 004): after NCB's research, a pan-London business case with up to five sub-regional pilots testing different
 * elements (early intervention, crisis pathways, new specialist provision, individualised support). Each pilot has a
 * lead authority, its sub-region's authorities as participants, milestones and an evaluation. Which element each
 * pilot tests, its lead and its dates are illustrative.
 */
@Component(service = {Programme.class, AsdSemhProgramme.class})
@ProgrammeType(AsdSemhProgramme.ID)
public class AsdSemhProgramme implements Programme {

    static final String ID = "asd-semh";
    static final String NAME = "ASD/SEMH collaborative commissioning";

    /** A sub-regional pilot. */
    record Pilot(String subRegion, String name, String lead, String tests, LocalDate starts, LocalDate evaluation) {
    }

    static final List<Pilot> PILOTS = List.of(
            new Pilot("NEL", "North East London", "Newham", "an improved crisis pathway with the ICB", LocalDate.of(2026, 9, 1),
                    LocalDate.of(2027, 9, 30)),
            new Pilot("NCL", "North Central London", "Camden", "new specialist residential provision", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2027, 10, 29)),
            new Pilot("NWL", "North West London", "Ealing", "early intervention in schools", LocalDate.of(2026, 11, 2),
                    LocalDate.of(2027, 11, 30)),
            new Pilot("SEL", "South East London", "Lewisham", "individualised support packages", LocalDate.of(2027, 1, 4),
                    LocalDate.of(2028, 1, 31)),
            new Pilot("SWL", "South West London", "Kingston upon Thames", "joint health and education placements",
                    LocalDate.of(2027, 2, 1), LocalDate.of(2028, 2, 29)));

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, NAME, "Commissioning options for children with social, emotional and mental health needs,"
                + " learning disabilities, autism and mental health conditions, with the integrated care boards and education: up to"
                + " five sub-regional pilots test early intervention, crisis pathways, new specialist provision and individualised"
                + " support.", ProgrammeStatus.PLANNED);
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<ProgrammeFact> facts() {
        List<ProgrammeFact> out = new ArrayList<>();
        out.add(new ProgrammeFact("Research", "National Children's Bureau: needs, pathways, provision and outcomes (first phase report)"));
        for (Pilot p : PILOTS) {
            out.add(new ProgrammeFact("Pilot " + p.subRegion(), p.name() + ": lead authority " + p.lead() + "; tests " + p.tests()
                    + "; from " + p.starts() + ", evaluation by " + p.evaluation() + " (illustrative)"));
        }
        out.add(new ProgrammeFact("Source", "Seed 004 (ALDCS bulletin): up to five sub-regional pilots; leads, elements and dates are"
                + " illustrative"));
        return out;
    }

    /** Every London authority takes part through its sub-region's pilot, from the pilot's start. */
    @Override
    public List<Participant> participants() {
        List<Participant> out = new ArrayList<>();
        try (InputStream in = AsdSemhProgramme.class.getResourceAsStream("/london-authorities.csv");
                CSVParser csv = CSVParser.parse(in, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord f : csv) {
                Pilot p = PILOTS.stream().filter(x -> x.subRegion().equals(f.get(2).strip())).findFirst().orElseThrow();
                out.add(Participant.of(f.get(0), f.get(1) + " (" + p.subRegion() + (p.lead().equals(f.get(1)) ? ", lead" : "") + ")", p.starts()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Override
    public List<RegisterDescriptor> registers() {
        return CommissioningPaths.registers(ID);
    }

    @Override
    public List<KeyDate> keyDates() {
        List<KeyDate> out = new ArrayList<>();
        for (Pilot p : PILOTS) {
            out.add(new KeyDate(p.starts(), "Pilot starts", p.name() + " pilot starts (lead " + p.lead() + ")"));
            out.add(new KeyDate(p.evaluation(), "Pilot evaluation", p.name() + " pilot's evaluation report due"));
        }
        return out;
    }
}
