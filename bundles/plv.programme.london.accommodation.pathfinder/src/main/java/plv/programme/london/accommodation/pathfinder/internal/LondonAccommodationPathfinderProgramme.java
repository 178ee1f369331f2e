package plv.programme.london.accommodation.pathfinder.internal;

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
 * The London Accommodation Pathfinder (seed 004): a safe and psychologically-sensitive alternative to custody for
 * children at risk of remand, hosted by Camden with Youth Justice Board funding; the first two properties (August and
 * September 2023) add 10 beds for children of 12 authorities in North Central and East London. Which 12 authorities,
 * the costs and the bed use are illustrative (the seed names only the sub-regions).
 */
@Component(service = {Programme.class, LondonAccommodationPathfinderProgramme.class})
@ProgrammeType(LondonAccommodationPathfinderProgramme.ID)
public class LondonAccommodationPathfinderProgramme implements Programme {

    static final String ID = "london-accommodation-pathfinder";
    static final String NAME = "London Accommodation Pathfinder";
    static final String PATH = "/programmes/" + ID;
    static final LocalDate FIRST_OPENED = LocalDate.of(2023, 8, 1);
    static final LocalDate SECOND_OPENED = LocalDate.of(2023, 9, 1);

    /** The 12 authorities: North Central London (5) and East London (7), GSS code and name. */
    static final String[][] AUTHORITIES = {{"E09000003", "Barnet"}, {"E09000007", "Camden"}, {"E09000010", "Enfield"},
            {"E09000014", "Haringey"}, {"E09000019", "Islington"}, {"E09000002", "Barking and Dagenham"}, {"E09000012", "Hackney"},
            {"E09000016", "Havering"}, {"E09000025", "Newham"}, {"E09000026", "Redbridge"}, {"E09000030", "Tower Hamlets"},
            {"E09000031", "Waltham Forest"}};

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, NAME, "A safe and psychologically-sensitive alternative to custody for children at risk of"
                + " being remanded: 10 beds in two properties for the children of 12 authorities in North Central and East London,"
                + " reached through court remands, Youth Rehabilitation Orders with a residency requirement and the resettlement"
                + " pathway.", ProgrammeStatus.LIVE);
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<ProgrammeFact> facts() {
        return List.of(new ProgrammeFact("Beds", "10, in two properties (North Central London; East London)"),
                new ProgrammeFact("Host", "London Borough of Camden, with funds from the Youth Justice Board"),
                new ProgrammeFact("Access", "Court remands into local authority accommodation; Youth Rehabilitation Orders with a"
                        + " residency requirement; the resettlement pathway as a licence condition"),
                new ProgrammeFact("Participants", "12 authorities of the two sub-regions (which 12 is illustrative: the seed names the"
                        + " sub-regions)"),
                new ProgrammeFact("Source", "Seed 004 (ALDCS bulletin); costs and bed use are illustrative"));
    }

    @Override
    public List<Participant> participants() {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < AUTHORITIES.length; i++) {
            out.add(Participant.of(AUTHORITIES[i][0], AUTHORITIES[i][1], i < 5 ? FIRST_OPENED : SECOND_OPENED));
        }
        return out;
    }

    @Override
    public Optional<CostSharing> costSharing() {
        return Optional.of(new CostSharing("Running costs 2024/25 not met by the Youth Justice Board (illustrative)", 123_456_789,
                CostSharing.Basis.EQUAL, null, LocalDate.of(2024, 4, 1)));
    }

    @Override
    public List<RegisterDescriptor> registers() {
        List<RegisterDescriptor> out = new ArrayList<>();
        out.add(new RegisterDescriptor("bed-use", "Bed use by participant", PATH + "/bed-use"));
        out.addAll(CommissioningPaths.registers(ID));
        return out;
    }

    @Override
    public List<KeyDate> keyDates() {
        return List.of(new KeyDate(FIRST_OPENED, "Property opened", "First property opened (North Central London)"),
                new KeyDate(SECOND_OPENED, "Property opened", "Second property opened (East London)"),
                new KeyDate(LocalDate.of(2027, 3, 31), "Funding review", "Youth Justice Board funding review (illustrative)"));
    }
}
