package plv.programme.@MODULE@.internal;

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
 * The @NAME@ programme. The shell renders its overview page ({@code /programmes/@ID@}), its navigation entry and its
 * key dates on the deadlines page from this class (the programme kit); its contract register and risk log are the
 * commissioning area's. Replace the illustrative facts, participants and dates with the programme's own.
 */
@Component(service = {Programme.class, @CLASS@.class})
@ProgrammeType(@CLASS@.ID)
public class @CLASS@ implements Programme {

    static final String ID = "@ID@";
    static final String NAME = "@NAME@";

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, NAME, "What the programme commissions, for whom, in one or two sentences.", ProgrammeStatus.PLANNED);
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<ProgrammeFact> facts() {
        return List.of(new ProgrammeFact("Procurement", "To be decided (illustrative)"));
    }

    @Override
    public List<Participant> participants() {
        return List.of(Participant.of("E09000001", "City of London", LocalDate.of(2027, 4, 1)));
    }

    @Override
    public List<RegisterDescriptor> registers() {
        return CommissioningPaths.registers(ID);
    }

    @Override
    public List<KeyDate> keyDates() {
        return List.of(new KeyDate(LocalDate.of(2027, 4, 1), "Programme start", NAME + " starts (illustrative)"));
    }
}
