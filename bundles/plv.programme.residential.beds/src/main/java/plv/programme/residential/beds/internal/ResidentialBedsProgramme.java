package plv.programme.residential.beds.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import plv.commissioning.api.CommissioningPaths;
import plv.platform.api.CostSharing;
import plv.platform.api.KeyDate;
import plv.platform.api.Participant;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeFact;
import plv.platform.api.ProgrammeStatus;
import plv.platform.api.ProgrammeType;
import plv.platform.api.RegisterDescriptor;

/**
 * Residential beds bought through a two-stage dynamic purchasing system, modelled on seed 003 (a council's 25 external
 * residential children's home beds): 4 to 5 bedded homes, 3 years plus up to 2 years' extension, a commissioning review
 * 24 months after delivery starts; the earlier 17-bed block contract (ended October 2017) is kept as history. The
 * dates, participants and costs are illustrative. The shell renders its overview from this class (the programme kit);
 * its DPS is in the procurement models, its contracts and risks in the commissioning registers.
 */
@Component(service = {Programme.class, ResidentialBedsProgramme.class})
@ProgrammeType(ResidentialBedsProgramme.ID)
public class ResidentialBedsProgramme implements Programme {

    static final String ID = "residential-beds";
    static final String NAME = "Residential beds by dynamic purchasing system";
    /** Illustrative: the DPS opens, and the first beds are delivered from, these days. */
    static final LocalDate DPS_OPENS = LocalDate.of(2026, 2, 2);
    static final LocalDate DELIVERY_STARTS = LocalDate.of(2026, 6, 1);
    static final LocalDate TERM_ENDS = DELIVERY_STARTS.plusYears(3).minusDays(1);
    static final LocalDate LATEST_END = DELIVERY_STARTS.plusYears(5).minusDays(1);
    static final LocalDate REVIEW = DELIVERY_STARTS.plusMonths(24);

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, NAME, "25 residential children's home beds in 4 to 5 bedded homes, within or close to the"
                + " participating boroughs, bought as needed through a two-stage dynamic purchasing system so that beds are not left"
                + " empty and new providers can join at any time.", ProgrammeStatus.LIVE);
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<ProgrammeFact> facts() {
        return List.of(new ProgrammeFact("Beds", "25, in 4 to 5 bedded homes that look like family homes rather than children's homes"),
                new ProgrammeFact("Procurement", "Dynamic purchasing system in two stages: providers meeting the selection criteria are"
                        + " admitted at any time (stage 1); beds are called off when needed by mini-competition (stage 2)"),
                new ProgrammeFact("Term", "3 years from " + DELIVERY_STARTS + ", with a possible extension of up to 2 years (to "
                        + LATEST_END + ")"),
                new ProgrammeFact("Review", "Commissioning review of the mix of internal and external provision 24 months after"
                        + " delivery starts"),
                new ProgrammeFact("History", "Replaces a block contract for 17 beds that ended in October 2017 (seed 003)"),
                new ProgrammeFact("Source", "Modelled on seed 003; dates, participants, providers and costs are illustrative"));
    }

    @Override
    public List<Participant> participants() {
        return List.of(Participant.of("E09000005", "Brent", DPS_OPENS), Participant.of("E09000009", "Ealing", DPS_OPENS),
                Participant.of("E09000015", "Harrow", DPS_OPENS), new Participant("E09000017", "Hillingdon", DELIVERY_STARTS.plusMonths(6),
                        null, null));
    }

    @Override
    public Optional<CostSharing> costSharing() {
        // illustrative: the DPS's running costs (contract management, monitoring visits) shared equally
        return Optional.of(new CostSharing("DPS running costs 2026/27 (illustrative)", 8_400_000, CostSharing.Basis.EQUAL, null,
                DELIVERY_STARTS));
    }

    @Override
    public List<RegisterDescriptor> registers() {
        List<RegisterDescriptor> out = new ArrayList<>();
        out.add(new RegisterDescriptor("procurement", "Dynamic purchasing system and call-offs", "/procurement/" + ID));
        out.addAll(CommissioningPaths.registers(ID));
        return out;
    }

    @Override
    public List<KeyDate> keyDates() {
        return List.of(new KeyDate(DPS_OPENS, "DPS opens", "The residential beds DPS opens for applications (illustrative)"),
                new KeyDate(DELIVERY_STARTS, "Delivery starts", "The first beds called off from the DPS are delivered (illustrative)"),
                new KeyDate(REVIEW, "Commissioning review", "Review of internal and external residential provision, 24 months after"
                        + " delivery started"),
                new KeyDate(TERM_ENDS.minusMonths(6), "Extension decision", "Decide whether to extend the DPS contracts by up to 2"
                        + " years (6 months before the 3-year term ends; illustrative notice)"),
                new KeyDate(TERM_ENDS, "Term ends", "The 3-year term ends unless extended"));
    }
}
