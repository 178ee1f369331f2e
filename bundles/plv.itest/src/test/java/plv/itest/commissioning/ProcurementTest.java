package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractRegister;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.procurement.api.Admission;
import plv.procurement.api.AdmissionStatus;
import plv.procurement.api.Arrangement;
import plv.procurement.api.CallOff;
import plv.procurement.api.Procurements;

/**
 * The procurement models through the real service, on Derby and on PostgreSQL: a dynamic purchasing system admitting
 * a provider after it started, who is invited to the next call-off and wins it; an award to a provider not admitted
 * refused with nothing changed; the standstill end date (Procurement Act 2023 s51, 8 working days beginning with the
 * day the award notice is published); the framework rule in a programme's contract register; access by role.
 */
@ExtendWith(ServiceExtension.class)
class ProcurementTest {

    static final Actor OFFICER = new Actor("co.itest", "Commissioning officer", Role.COMMISSIONING_OFFICER, null);
    static final Actor VIEWER = new Actor("viewer.itest", "Viewer", Role.VIEWER, null);

    @InjectService(timeout = 30_000)
    static Procurements procurements;
    @InjectService(timeout = 30_000)
    static ContractRegister contracts;

    static String programme() {
        return "itest-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aProviderAdmittedAfterTheStartBidsOnTheNextCallOffAndTheAwardComputesTheStandstill() {
        String p = programme();
        Arrangement dps = procurements.create(OFFICER, p, "IT-DPS", "Residential beds DPS", "dynamic-purchasing-system", "2025-04-01", "",
                List.of("Registered with Ofsted", "Accepts the terms"));
        Admission early = procurements.apply(OFFICER, dps.id(), "Oakfield Homes Ltd", "01234567", "2025-03-20");
        assertThat(procurements.decide(OFFICER, dps.id(), early.id(), Set.of(1, 2), "2025-03-28").status()).isEqualTo(AdmissionStatus.ADMITTED);
        CallOff first = procurements.openCallOff(OFFICER, dps.id(), "CO-1", "Two beds in north east London", "2025-06-02", "2025-06-16");
        assertThat(first.bids()).extracting(b -> b.providerName()).containsExactly("Oakfield Homes Ltd");

        // a DPS takes applications at any time: admitted after the start, invited to the next call-off only
        Admission late = procurements.apply(OFFICER, dps.id(), "Riverside Care Ltd", "", "2025-09-01");
        Admission refused = procurements.apply(OFFICER, dps.id(), "Unvetted Homes Ltd", "", "2025-09-02");
        assertThat(procurements.decide(OFFICER, dps.id(), late.id(), Set.of(1, 2), "2025-09-15").status()).isEqualTo(AdmissionStatus.ADMITTED);
        Admission no = procurements.decide(OFFICER, dps.id(), refused.id(), Set.of(2), "2025-09-15");
        assertThat(no.status()).isEqualTo(AdmissionStatus.REFUSED);
        assertThat(no.reason()).contains("Registered with Ofsted");
        CallOff second = procurements.openCallOff(OFFICER, dps.id(), "CO-2", "One bed in south west London", "2025-12-01", "2025-12-12");
        assertThat(second.bids()).extracting(b -> b.providerName()).containsExactlyInAnyOrder("Oakfield Homes Ltd", "Riverside Care Ltd");
        procurements.bid(OFFICER, dps.id(), second.id(), "Oakfield Homes Ltd", "200000.00", "70");
        procurements.bid(OFFICER, dps.id(), second.id(), "Riverside Care Ltd", "180000.00", "80");

        // an award to a provider not admitted is refused and changes nothing
        assertThatThrownBy(() -> procurements.award(OFFICER, dps.id(), second.id(), "Unvetted Homes Ltd", "2025-12-18"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::message)
                        .anySatisfy(m -> assertThat(m).contains("Unvetted Homes Ltd", "not admitted")));
        assertThat(procurements.arrangement(OFFICER, dps.id()).callOffs()).filteredOn(c -> c.id() == second.id()).singleElement()
                .satisfies(c -> assertThat(c.awardedTo()).isNull());

        // the late provider wins on quality and price; notice Thursday 18 Dec 2025: 25 and 26 Dec are bank holidays
        CallOff awarded = procurements.award(OFFICER, dps.id(), second.id(), "Riverside Care Ltd", "2025-12-18");
        assertThat(awarded.awardedTo()).isEqualTo("Riverside Care Ltd");
        assertThat(awarded.standstillEndsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(awarded.contractFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        // read back from the database
        assertThat(procurements.byReference(OFFICER, p, "it-dps").orElseThrow().callOffs()).extracting(CallOff::awardedTo)
                .containsExactly(null, "Riverside Care Ltd");
    }

    @Test
    void aFrameworkTakesNoApplicationAfterItOpensAndItsCallOffsGoOnlyToAdmittedProviders() {
        String p = programme();
        Arrangement fw = procurements.create(OFFICER, p, "IT-FW", "Assessments framework", "framework", "2025-04-01", "2029-03-31",
                List.of("Accepts the terms"));
        Admission a = procurements.apply(OFFICER, fw.id(), "Cedar House Assessments CIC", "CIC0001", "2025-03-01");
        procurements.decide(OFFICER, fw.id(), a.id(), Set.of(1), "2025-03-10");
        assertThatThrownBy(() -> procurements.apply(OFFICER, fw.id(), "Latecomer Ltd", "", "2025-05-01"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field).contains("appliedOn"));
        assertThat(procurements.arrangement(OFFICER, fw.id()).admissions()).hasSize(1);

        ContractDraft toStranger = callOff("Latecomer Ltd", "");
        assertThatThrownBy(() -> contracts.add(OFFICER, p, toStranger)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("supplierName");
                    assertThat(err.message()).contains("'Latecomer Ltd' is not admitted to the Assessments framework (IT-FW)", "1 admitted provider");
                }));
        assertThat(contracts.list(OFFICER, p)).isEmpty();
        // by registration number, whatever the name is spelt
        assertThat(contracts.add(OFFICER, p, callOff("Cedar House Assessments", "CIC0001")).supplierName()).isEqualTo("Cedar House Assessments");
    }

    @Test
    void onlyCommissioningOfficersAndTheSecretaryKeepArrangementsAndAViewerSeesNone() {
        assertThatThrownBy(() -> procurements.create(VIEWER, programme(), "X", "X", "block-contract", "2025-04-01", "", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> procurements.arrangements(VIEWER, programme())).isInstanceOf(AccessDeniedException.class);
    }

    private static ContractDraft callOff(String supplier, String registration) {
        return new ContractDraft("IT-C-" + UUID.randomUUID().toString().substring(0, 6), "Assessment", "Programme", "", supplier,
                registration, "sme", "40000", "", "", "", "2026-01-05", "2026-03-31", "", "", "framework-call-off", "pending", "0", "", "", "0");
    }
}
