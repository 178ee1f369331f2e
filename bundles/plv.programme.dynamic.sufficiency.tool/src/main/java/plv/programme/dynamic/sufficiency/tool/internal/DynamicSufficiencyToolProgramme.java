package plv.programme.dynamic.sufficiency.tool.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * The Dynamic Sufficiency Tool (seed 004): developed by the PLPCP with LIIA, the Commissioning Alliance and Social
 * Finance from the Pan-London Snapshot of Complex Adolescents; 5 authorities add placement financial data, the RCC bid
 * would take it to all 33. Its figures (numbers only) are imported from CSV; the gap and spend pages are its own.
 */
@Component(service = {Programme.class, DynamicSufficiencyToolProgramme.class})
@ProgrammeType(DynamicSufficiencyToolProgramme.ID)
public class DynamicSufficiencyToolProgramme implements Programme {

    static final String ID = "dynamic-sufficiency-tool";
    static final String NAME = "Dynamic Sufficiency Tool";
    static final String PATH = "/programmes/" + ID;

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, NAME, "Placement demand, supply and spend of the London authorities by sub-region, placement"
                + " type and month, so that sufficiency planning and commissioning decisions rest on shared figures: the gap between"
                + " demand and supply, and what placements cost.", ProgrammeStatus.LIVE);
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<ProgrammeFact> facts() {
        return List.of(new ProgrammeFact("Placement spend", "More than £430 million across London in 2022/23; over £133 million on the"
                        + " boroughs' top 10 most expensive placements (ADCS survey, seed 004)"),
                new ProgrammeFact("Figures", "Numbers only, by authority, sub-region, placement type and month; no personal data"),
                new ProgrammeFact("Partners", "PLPCP with LIIA, the Commissioning Alliance and Social Finance"),
                new ProgrammeFact("Financial data", "5 authorities now; all 33 planned through the RCC bid"),
                new ProgrammeFact("Source", "Seed 004; the demo figures are illustrative"));
    }

    /** The 5 authorities that add placement financial data (which 5 is illustrative). */
    @Override
    public List<Participant> participants() {
        LocalDate from = LocalDate.of(2023, 9, 1);
        return List.of(Participant.of("E09000003", "Barnet", from), Participant.of("E09000007", "Camden", from),
                Participant.of("E09000022", "Lambeth", from), Participant.of("E09000025", "Newham", from), Participant.of("E09000009",
                        "Ealing", from));
    }

    @Override
    public List<RegisterDescriptor> registers() {
        List<RegisterDescriptor> out = new ArrayList<>();
        out.add(new RegisterDescriptor("figures", "Gap and spend (figures, charts, CSV import)", PATH + "/figures"));
        out.addAll(CommissioningPaths.registers(ID));
        return out;
    }

    @Override
    public List<KeyDate> keyDates() {
        return List.of(new KeyDate(LocalDate.of(2027, 1, 15), "Quarterly figures", "Authorities' figures for October to December 2026 due"
                + " (illustrative)"), new KeyDate(LocalDate.of(2027, 4, 15), "Quarterly figures", "Authorities' figures for January to"
                        + " March 2027 due (illustrative)"));
    }
}
