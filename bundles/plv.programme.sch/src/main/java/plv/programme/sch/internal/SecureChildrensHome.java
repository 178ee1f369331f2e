package plv.programme.sch.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import plv.commissioning.api.CommissioningPaths;
import plv.platform.api.Programme;
import plv.platform.api.ProgrammeDescriptor;
import plv.platform.api.ProgrammeStatus;
import plv.platform.api.ProgrammeType;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.ReportDescriptor;

/** The PLV's first programme: London's Secure Children's Home. */
@Component
@ProgrammeType(SecureChildrensHome.ID)
public class SecureChildrensHome implements Programme {

    static final String ID = "secure-childrens-home";
    static final String PATH = "/programmes/sch";

    @Override
    public ProgrammeDescriptor descriptor() {
        return new ProgrammeDescriptor(ID, "Secure Children's Home",
                "London's first secure children's home: 24 secure welfare places and a 4-bed step-down home, built with DfE"
                        + " capital funding (about £3m development, £50m+ capital); construction expected to complete by the end of 2027.",
                ProgrammeStatus.PROCURING);
    }

    @Override
    public List<RegisterDescriptor> registers() {
        return CommissioningPaths.registers(ID);
    }

    @Override
    public List<ReportDescriptor> reports() {
        return List.of(new ReportDescriptor("risk-log-csv", "Risk log (CSV)", CommissioningPaths.risks(ID) + "?format=csv", "text/csv"),
                new ReportDescriptor("contracts-csv", "Contract register (CSV)", CommissioningPaths.contracts(ID) + "?format=csv", "text/csv"),
                new ReportDescriptor("quarterly-pdf", "Quarterly performance report for the board (PDF/A, this quarter; ?year=&quarter= for another)",
                        "/api/programmes/" + ID + "/reports/quarterly.pdf", "application/pdf"));
    }
}
