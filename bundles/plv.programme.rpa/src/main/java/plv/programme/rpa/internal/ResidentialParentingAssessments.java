package plv.programme.rpa.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import plv.commissioning.api.CommissioningPaths;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeFact;
import plv.platform.api.ProgrammeStatus;
import plv.platform.api.ProgrammeType;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.ReportDescriptor;

/** The Residential Parenting Assessments framework (ALDCS bulletin, Nov 2023): 12 providers, every London authority. */
@Component(service = {Programme.class, ResidentialParentingAssessments.class})
@ProgrammeType(ResidentialParentingAssessments.ID)
public class ResidentialParentingAssessments implements Programme {

    static final String ID = "residential-parenting-assessments";
    static final String NAME = "Residential Parenting Assessments";
    static final String PATH = "/programmes/rpa";

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, NAME,
                "A framework of 12 providers of residential parenting assessments, with unified terms and conditions for all"
                        + " placements and the potential for block commissions, reaching every London local authority.",
                ProgrammeStatus.LIVE);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean overviewByShell() {
        return true;
    }

    @Override
    public List<ProgrammeFact> facts() {
        return List.of(new ProgrammeFact("Procurement", "Framework: call-offs may go only to the providers admitted to it"),
                new ProgrammeFact("Providers", "12, reaching all London local authorities"),
                new ProgrammeFact("Terms", "Unified terms and conditions for all placements, with the potential for block commissions"));
    }

    @Override
    public List<RegisterDescriptor> registers() {
        List<RegisterDescriptor> out = new ArrayList<>();
        out.add(new RegisterDescriptor("providers", "Admitted providers", PATH + "/providers"));
        out.addAll(CommissioningPaths.registers(ID));
        return out;
    }

    @Override
    public List<ReportDescriptor> reports() {
        return List.of(new ReportDescriptor("contracts-ocds", "Call-off contracts (OCDS JSON)", "/api/programmes/" + ID + "/contracts",
                "application/json"));
    }
}
