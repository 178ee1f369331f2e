package plv.programme.regional.care.cooperative.internal;

import java.time.LocalDate;
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
 * London's bid to be a Regional Care Co-operative (RCC) pathfinder, as proposed in "Stable Homes, Built on Love" (seed
 * 004): submitted by LIIA and Barnet on behalf of ALDCS and the 5 integrated care boards, to be overseen by ALDCS and
 * the PLV with a focus on high-cost, low-incidence needs. The partners are the participants (the ICBs and LIIA by a
 * short code: they have no GSS code); the milestones are key dates on the deadlines page. Dates after the submission
 * are illustrative.
 */
@Component(service = {Programme.class, RegionalCareCooperativeProgramme.class})
@ProgrammeType(RegionalCareCooperativeProgramme.ID)
public class RegionalCareCooperativeProgramme implements Programme {

    static final String ID = "regional-care-cooperative";
    static final String NAME = "Regional Care Co-operative pathfinder bid";
    static final LocalDate SUBMITTED = LocalDate.of(2023, 11, 30);
    static final LocalDate OUTCOME_DUE = LocalDate.of(2027, 2, 26);

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, NAME, "London's bid to be a Regional Care Co-operative pathfinder: resources to take the"
                + " collaborative programme further, test collaborative, local, therapeutic and sustainable models of care for"
                + " high-cost, low-incidence needs, and share London's learning nationally.", ProgrammeStatus.PLANNED);
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<ProgrammeFact> facts() {
        return List.of(new ProgrammeFact("Submitted by", "LIIA and the London Borough of Barnet, on behalf of ALDCS and the 5 integrated"
                        + " care boards"),
                new ProgrammeFact("Submission", "Submitted (the bulletin of November 2023 reports it; the day is illustrative: "
                        + SUBMITTED + ")"),
                new ProgrammeFact("Outcome", "Awaited; decision expected by " + OUTCOME_DUE + " (illustrative)"),
                new ProgrammeFact("Oversight", "ALDCS and the Pan-London Vehicle, which would be the RCC's governance body"),
                new ProgrammeFact("Builds on", "The Dynamic Sufficiency Tool (to all 33 authorities), the ASD/SEMH pilots, the London"
                        + " Sufficiency Strategy"),
                new ProgrammeFact("Source", "Seed 004 (ALDCS bulletin); dates after the submission are illustrative"));
    }

    @Override
    public List<Participant> participants() {
        LocalDate from = LocalDate.of(2023, 10, 1);
        return List.of(Participant.of("E09000003", "Barnet (lead authority)", from), Participant.of("LIIA", "London Innovation and"
                + " Improvement Alliance", from), Participant.of("ICB-NCL", "NHS North Central London ICB", from),
                Participant.of("ICB-NEL", "NHS North East London ICB", from), Participant.of("ICB-NWL", "NHS North West London ICB", from),
                Participant.of("ICB-SEL", "NHS South East London ICB", from), Participant.of("ICB-SWL", "NHS South West London ICB", from));
    }

    @Override
    public List<RegisterDescriptor> registers() {
        return CommissioningPaths.registers(ID);
    }

    @Override
    public List<KeyDate> keyDates() {
        return List.of(new KeyDate(SUBMITTED, "Bid submitted", "London's RCC pathfinder bid submitted to the Department for Education"),
                new KeyDate(LocalDate.of(2023, 12, 14), "Network meeting", "Pan-London Commissioning Network: London's RCC bid"),
                new KeyDate(OUTCOME_DUE, "Outcome", "Decision on London's RCC pathfinder bid expected (illustrative)"),
                new KeyDate(OUTCOME_DUE.plusMonths(2), "Mobilisation plan", "Mobilisation plan to the PLV board if the bid succeeds"
                        + " (illustrative)"));
    }
}
