package plv.programme.sch.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * With {@code plv.demo=true} and an empty risk log: the key risks and mitigations of the London Councils briefing
 * (Nov 2022) and the programme's first contracts.
 */
@Component(immediate = true)
public class SchDemoData {

    @Activate
    public SchDemoData(BundleContext context, @Reference SchRegisters registers) {
        if (!Boolean.parseBoolean(context.getProperty("plv.demo")) || !registers.isEmpty()) {
            return;
        }
        LocalDate reviewed = LocalDate.of(2026, 10, 15);
        registers.addDemo(List.of(
                risk("SCH-R01", "Low occupancy levels", "financial", "Director of the PLV", 4, 4, 3, 4, 2, 3, LocalDate.of(2028, 3, 31),
                        "Robust management and oversight of occupancy levels; available places added to the national pool to be"
                                + " purchased by out-of-London authorities; some emergency places kept free.", reviewed),
                risk("SCH-R02", "Unsatisfactory outcome from statutory inspections", "regulatory", "Registered manager (to be appointed)",
                        3, 5, 3, 4, 1, 4, LocalDate.of(2028, 9, 30),
                        "Robust practice model, quality assurance arrangements, mock inspections before registration.", reviewed),
                risk("SCH-R03", "Child serious injury or death", "safeguarding", "Director of Children's Services, Barnet (lead borough)",
                        2, 5, 2, 5, 1, 5, null,
                        "Robust practice model, risk management policies, procedures and training; safeguarding arrangements agreed"
                                + " with members.", reviewed),
                risk("SCH-R04", "Adverse publicity / reputational damage", "reputational", "PLV board", 3, 4, 3, 3, 2, 2,
                        LocalDate.of(2027, 12, 31),
                        "Robust practice model, risk management policies, procedures and training; communications plan with members.",
                        reviewed),
                risk("SCH-R05", "Construction not complete by the end of 2027", "operational", "Capital programme lead", 3, 4, 3, 3, 2, 3,
                        LocalDate.of(2027, 12, 31), "Planning permission milestones tracked monthly; design and build contract with"
                                + " liquidated damages.", reviewed)),
                List.of(contract("SCH-C001", "DfE development grant agreement", "Department for Education", "Grant agreement", 300_000_000L,
                        LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31), "active", null),
                        contract("SCH-C002", "Design and build of the Secure Children's Home", "Preferred contractor (exempt until award)",
                                "Open procedure", 5_000_000_000L, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 12, 31), "pending", 3),
                        contract("SCH-C003", "Secure transport framework call-off", "Framework supplier", "Framework call-off", 12_000_000L,
                                LocalDate.of(2028, 1, 1), LocalDate.of(2030, 12, 31), "pending", null)));
    }

    private static RiskEntity risk(String ref, String title, String category, String owner, int il, int ii, int cl, int ci, int tl, int ti,
            LocalDate targetDate, String controls, LocalDate reviewed) {
        RiskEntity e = new RiskEntity();
        e.reference = ref;
        e.title = title;
        e.category = category;
        e.owner = owner;
        e.inherentLikelihood = il;
        e.inherentImpact = ii;
        e.currentLikelihood = cl;
        e.currentImpact = ci;
        e.targetLikelihood = tl;
        e.targetImpact = ti;
        e.targetDate = targetDate;
        e.controls = controls;
        e.trend = "steady";
        e.reviewedOn = reviewed;
        return e;
    }

    private static ContractEntity contract(String ref, String title, String supplier, String route, long pence, LocalDate start,
            LocalDate end, String status, Integer exemptParagraph) {
        ContractEntity c = new ContractEntity();
        c.reference = ref;
        c.title = title;
        c.supplier = supplier;
        c.procurementRoute = route;
        c.valuePence = pence;
        c.startDate = start;
        c.endDate = end;
        c.status = status;
        c.exemptParagraph = exemptParagraph;
        return c;
    }
}
