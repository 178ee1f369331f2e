package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractCheck;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.ExtensionOption;
import plv.commissioning.api.KeyDate;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskDraft.ActionDraft;
import plv.commissioning.api.RiskLog;
import plv.commissioning.api.RiskTrend;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.FieldError;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.SchemaVersion;
import plv.itest.platform.Itest;

/**
 * The commissioning area's services in the real framework, on Derby and on PostgreSQL: their migration, audited writes,
 * refusals that change nothing, optimistic locking, access by role, exempt values, and the dates a deadlines source needs.
 */
@ExtendWith(ServiceExtension.class)
class CommissioningTest {

    static final Actor OFFICER = new Actor("co.itest", "Commissioning officer", Role.COMMISSIONING_OFFICER, null);
    static final Actor DIRECTOR = new Actor("dir.itest", "Director", Role.DIRECTOR, null);
    static final Actor MONITORING_OFFICER = new Actor("mo.itest", "Monitoring officer", Role.MONITORING_OFFICER, "E09000007");
    static final Actor VIEWER = new Actor("viewer.itest", "Viewer", Role.VIEWER, null);

    @InjectService(timeout = 30_000)
    static RiskLog risks;
    @InjectService(timeout = 30_000)
    static ContractRegister contracts;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;

    static String programme() {
        return "itest-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RiskDraft risk(String title, String currentLikelihood, String targetDate) {
        return new RiskDraft(title, "safeguarding", "Lead officer", "4", "5", currentLikelihood, "4", "1", "4", targetDate,
                "Practice model", List.of(new ActionDraft("Mock inspection", "Registered manager", "2030-01-31")));
    }

    static ContractDraft contract(String reference, String exemptParagraph) {
        return new ContractDraft(reference, "Secure transport call-off", "Itest programme", "", "Transport Ltd", "01234567", "sme",
                "1,250,000.00", "250000", "", exemptParagraph, "2031-01-01", "2033-12-31", "2032-06-30", "", "open", "pending", "2", "12",
                "3", "0");
    }

    @Test
    void theAreaOwnsItsSchema(@InjectService(timeout = 30_000) Database database) throws Exception {
        assertThat(Itest.eventually(30, () -> database.schemaVersions().contains(new SchemaVersion("plv.commissioning.core", 5))))
                .as("schema versions: %s", database.schemaVersions()).isTrue();
    }

    @Test
    void aRiskIsRecordedReviewedAndAudited() {
        String p = programme();
        Risk r = risks.add(OFFICER, p, risk("Unsatisfactory inspection", "3", "2030-03-31"));
        assertThat(r.reference()).startsWith("I").endsWith("-R01");
        assertThat(r.current().value()).isEqualTo(12);
        assertThat(r.trend()).isEqualTo(RiskTrend.NEW);
        assertThat(r.aboveAppetite()).isTrue();
        assertThat(r.nextReviewOn()).isEqualTo(r.reviewedOn().plusDays(60));
        assertThat(r.actions()).extracting(a -> a.description()).containsExactly("Mock inspection");

        Risk reviewed = risks.review(OFFICER, p, r.id(), r.version(), "1", "4", "Controls working");
        assertThat(reviewed.trend()).isEqualTo(RiskTrend.IMPROVING);
        assertThat(reviewed.current().value()).isEqualTo(4);
        assertThat(reviewed.nextReviewOn()).isEqualTo(LocalDate.now().plusDays(182));
        assertThat(reviewed.aboveAppetite()).isFalse();
        assertThat(risks.get(DIRECTOR, p, r.id()).reviews()).singleElement()
                .satisfies(v -> assertThat(v.note()).isEqualTo("Controls working"));
        assertThat(audit.forRecord("risk", p + "/" + r.reference())).extracting(a -> a.action()).contains("create", "review");

        assertThatThrownBy(() -> risks.review(OFFICER, p, r.id(), r.version(), "5", "5", ""))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(risks.get(OFFICER, p, r.id()).current().value()).isEqualTo(4);
        assertThat(risks.reviewsDue(DIRECTOR, LocalDate.now(), LocalDate.now().plusYears(1)))
                .anySatisfy(k -> assertThat(k).extracting(KeyDate::programmeId, KeyDate::kind, KeyDate::date)
                        .containsExactly(p, KeyDate.Kind.RISK_REVIEW, LocalDate.now().plusDays(182)));
    }

    @Test
    void aBadRiskIsRefusedFieldByFieldAndNothingIsWritten() {
        String p = programme();
        RiskDraft bad = new RiskDraft("", "hope", "Owner", "4", "5", "9", "4", "1", "4", "31/03/2030", "",
                List.of(new ActionDraft("Do it", "", "")));
        assertThatThrownBy(() -> risks.add(OFFICER, p, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("title", "category", "currentLikelihood", "targetDate", "action1Owner", "action1DueDate"));
        RiskDraft targetAboveCurrent = new RiskDraft("Target above current", "financial", "Owner", "4", "5", "1", "2", "1", "4", "", "",
                List.of());
        assertThatThrownBy(() -> risks.add(OFFICER, p, targetAboveCurrent)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("targetLikelihood"));
        assertThat(risks.list(OFFICER, p)).isEmpty();

        Risk r = risks.add(OFFICER, p, risk("Kept", "2", ""));
        assertThatThrownBy(() -> risks.update(OFFICER, p, r.id(), r.version(), risk("", "2", ""))).isInstanceOf(ValidationException.class);
        Risk after = risks.get(OFFICER, p, r.id());
        assertThat(after.title()).isEqualTo("Kept");
        assertThat(after.version()).isEqualTo(r.version());
    }

    @Test
    void risksAddedAtTheSameMomentGetReferencesOfTheirOwn() throws Exception {
        String p = programme();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Risk>> added = pool.invokeAll(List.of(() -> risks.add(OFFICER, p, risk("One", "2", "")),
                    () -> risks.add(OFFICER, p, risk("Two", "2", "")), () -> risks.add(OFFICER, p, risk("Three", "2", ""))));
            for (java.util.concurrent.Future<Risk> f : added) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(risks.list(OFFICER, p)).extracting(r -> r.reference().substring(r.reference().length() - 3))
                .containsExactly("R01", "R02", "R03");
    }

    @Test
    void onlyKeepersChangeAndOnlyStaffRead() {
        String p = programme();
        assertThatThrownBy(() -> risks.list(MONITORING_OFFICER, p)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.list(VIEWER, p)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risks.add(DIRECTOR, p, risk("Director's risk", "2", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.add(MONITORING_OFFICER, p, contract("C-1", ""))).isInstanceOf(AccessDeniedException.class);
        assertThat(risks.list(DIRECTOR, p)).isEmpty();
    }

    @Test
    void contractsWithExtensionOptionsAndExemptValues() {
        String p = programme();
        Contract open = contracts.add(OFFICER, p, contract("C-OPEN", ""));
        assertThat(open.valuePence()).isEqualTo(125_000_000L);
        assertThat(open.maxExtentDate()).isEqualTo(LocalDate.of(2035, 12, 31));
        assertThat(open.termInWords()).isEqualTo("3 years plus up to 2 × 12 months");
        assertThat(open.extensionOptions()).extracting(ExtensionOption::decisionBy)
                .containsExactly(LocalDate.of(2033, 9, 30), LocalDate.of(2034, 9, 30));

        Contract exempt = contracts.add(OFFICER, p, contract("C-EXEMPT", "3"));
        assertThat(exempt.valuesWithheld()).isTrue();
        assertThat(exempt.valuePence()).isNull();
        assertThat(contracts.get(DIRECTOR, p, exempt.id()).valuePence()).isEqualTo(125_000_000L);
        // a commissioning officer edits it without seeing the values: they stay as they were
        ContractDraft edit = new ContractDraft("C-EXEMPT", "Renamed", "Itest programme", "", "Transport Ltd", "", "sme", "", "", "", "",
                "2031-01-01", "2033-12-31", "", "2030-12-01", "open", "active", "2", "12", "3", "0");
        Contract edited = contracts.update(OFFICER, p, exempt.id(), exempt.version(), edit);
        assertThat(edited.title()).isEqualTo("Renamed");
        assertThat(edited.status()).isEqualTo(ContractStatus.ACTIVE);
        Contract seen = contracts.get(DIRECTOR, p, exempt.id());
        assertThat(seen.valuePence()).isEqualTo(125_000_000L);
        assertThat(seen.exemptParagraph()).isEqualTo(3);
        assertThat(audit.forRecord("contract", p + "/C-EXEMPT")).allSatisfy(a -> assertThat(a.toString()).doesNotContain("125000000"));
        assertThatThrownBy(() -> contracts.update(OFFICER, p, exempt.id(), exempt.version(), edit)).isInstanceOf(ConcurrentChangeException.class);

        assertThatThrownBy(() -> contracts.add(OFFICER, p, contract("C-OPEN", ""))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reference"));
        assertThat(contracts.keyDates(DIRECTOR, LocalDate.of(2033, 1, 1), LocalDate.of(2034, 12, 31)))
                .filteredOn(k -> k.programmeId().equals(p) && k.reference().equals("C-OPEN")).extracting(KeyDate::kind, KeyDate::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KeyDate.Kind.EXTENSION_DECISION, LocalDate.of(2033, 9, 30)),
                        org.assertj.core.groups.Tuple.tuple(KeyDate.Kind.CONTRACT_END, LocalDate.of(2033, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple(KeyDate.Kind.EXTENSION_DECISION, LocalDate.of(2034, 9, 30)));
    }

    @Test
    void aBadContractIsRefusedFieldByField() {
        String p = programme();
        ContractDraft bad = new ContractDraft("", "T", "D", "", "", "", "big", "lots", "", "", "9", "2031-01-01", "2030-12-31", "", "",
                "handshake", "active", "1", "", "", "2");
        assertThatThrownBy(() -> contracts.add(OFFICER, p, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains("reference", "supplierName", "supplierKind", "value",
                        "exemptParagraph", "endDate", "procurementRoute", "extensionOptionMonths", "optionsExercised", "dateSigned"));
        assertThat(contracts.list(OFFICER, p)).isEmpty();
    }

    @Test
    void theFrameworkRefusesACallOffToAProviderNotAdmitted(
            @InjectService(timeout = 30_000, filter = "(plv.programme.type=residential-parenting-assessments)") ContractCheck rule) {
        String rpa = "residential-parenting-assessments";
        ContractDraft callOff = new ContractDraft("RPA-IT-" + UUID.randomUUID().toString().substring(0, 6), "Assessment", "RPA", "",
                "Not Admitted Ltd", "", "sme", "40000", "", "", "", "2031-01-01", "2031-03-31", "", "", "framework-call-off", "pending", "0",
                "", "", "0");
        assertThatThrownBy(() -> contracts.add(OFFICER, rpa, callOff)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("supplierName");
                    assertThat(err.message()).contains("Not Admitted Ltd", "not admitted", "Residential Parenting Assessments framework");
                }));
        // the same rule does not touch another programme's call-offs
        assertThat(contracts.add(OFFICER, programme(), callOff).supplierName()).isEqualTo("Not Admitted Ltd");
    }
}
