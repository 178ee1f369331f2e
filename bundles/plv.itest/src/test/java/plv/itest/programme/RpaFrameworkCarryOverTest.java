package plv.itest.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.itest.platform.Itest;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;
import plv.procurement.api.Admission;
import plv.procurement.api.AdmissionStatus;
import plv.procurement.api.Arrangement;
import plv.procurement.api.Procurements;

/**
 * Upgrading from the first release, which kept the Residential Parenting Assessments framework's admitted providers
 * in the programme's own PRG_RPA_PROVIDER table: on start the programme carries them into its framework in the
 * procurement model and keeps the table as it was; a second start with a provider already carried over and a new one
 * adds only the new one (a process killed half-way finishes the carry-over on its next start).
 */
@ExtendWith(ServiceExtension.class)
class RpaFrameworkCarryOverTest {

    static final String RPA = "residential-parenting-assessments";

    @InjectService(timeout = 30_000)
    static Database database;
    @InjectService(timeout = 30_000)
    static Procurements procurements;

    @Test
    void theFirstReleasesAdmittedProvidersAreCarriedIntoTheFrameworkOnce() throws Exception {
        Bundle rpa = Arrays.stream(Itest.context().getBundles()).filter(b -> "plv.programme.rpa".equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
        assertThat(legacyRows()).isZero();
        assertThat(framework()).as("no framework before the upgrade").isEmpty();

        rpa.stop();
        legacy("Ashbourne Family Assessment Centre Ltd", "LEG0001", LocalDate.of(2023, 9, 1));
        legacy("Brookfield Parent and Child Services Ltd", null, LocalDate.of(2023, 9, 5));
        rpa.start();
        assertThat(Itest.eventually(30, () -> admitted().size() == 2)).as("admitted: %s", admitted()).isTrue();
        Arrangement fw = framework().orElseThrow();
        assertThat(fw.reference()).isEqualTo("RPA-FW");
        assertThat(fw.opensOn()).as("opens the day after the last admission").isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(admitted()).extracting(Admission::providerName, Admission::registrationNumber, Admission::decidedOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ashbourne Family Assessment Centre Ltd", "LEG0001", LocalDate.of(2023, 9, 1)),
                org.assertj.core.groups.Tuple.tuple("Brookfield Parent and Child Services Ltd", "", LocalDate.of(2023, 9, 5)));
        assertThat(legacyRows()).as("the first release's rows are kept: nothing is lost").isEqualTo(2);

        // a start that finds a provider carried over already and a new one (as after a process killed half-way)
        rpa.stop();
        legacy("ashbourne family assessment centre ltd", "LEG0001", LocalDate.of(2023, 9, 1));
        legacy("Cedar House Assessments CIC", "LEG0003", LocalDate.of(2024, 1, 10));
        rpa.start();
        assertThat(Itest.eventually(30, () -> admitted().size() == 3)).as("admitted: %s", admitted()).isTrue();
        Admission cedar = admitted().stream().filter(a -> a.providerName().startsWith("Cedar")).findFirst().orElseThrow();
        assertThat(cedar.appliedOn()).as("a framework takes applications before it opens").isEqualTo(LocalDate.of(2023, 9, 5));
        assertThat(cedar.decidedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(legacyRows()).isEqualTo(4);
        // a start with nothing new carries nothing over again (applying twice would fail the framework's activation,
        // and with it the programme's contract rule, which needs it)
        rpa.stop();
        rpa.start();
        assertThat(Itest.eventually(30, RpaFrameworkCarryOverTest::rpaRuleActive)).as("the RPA's contract rule is back").isTrue();
        assertThat(framework().orElseThrow().admissions()).hasSize(3);
        assertThat(procurements.arrangements(Actor.system(), RPA)).hasSize(1);
    }

    private static boolean rpaRuleActive() {
        try {
            var refs = Itest.context().getServiceReferences("plv.commissioning.api.ContractCheck", "(plv.programme.type=" + RPA + ")");
            return refs != null && refs.length > 0;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Arrangement> framework() {
        return procurements.byReference(Actor.system(), RPA, "RPA-FW");
    }

    private static List<Admission> admitted() {
        return framework().map(a -> a.admissions().stream().filter(x -> x.status() == AdmissionStatus.ADMITTED)
                .sorted(java.util.Comparator.comparing(Admission::providerName)).toList()).orElse(List.of());
    }

    private static void legacy(String name, String registration, LocalDate admitted) throws Exception {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO PRG_RPA_PROVIDER (NAME, REGISTRATION_NUMBER, ADMITTED_ON, VERSION)"
                        + " VALUES (?, ?, ?, 0)")) {
            s.setString(1, name);
            s.setString(2, registration);
            s.setDate(3, Date.valueOf(admitted));
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static long legacyRows() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PRG_RPA_PROVIDER")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
