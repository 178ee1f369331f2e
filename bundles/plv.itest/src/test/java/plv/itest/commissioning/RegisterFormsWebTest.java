package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAction;
import plv.commissioning.api.RiskLog;
import plv.itest.platform.WebSession;
import plv.platform.api.Actor;
import plv.platform.api.Programme;
import plv.platform.api.Role;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * The risk log's and contract register's forms posted through the real shell by a signed-in commissioning officer: the
 * shell binds them (further actions as the repeated group {@code actionDescription-0}...), the services check them, a
 * refusal is the same form again (400) with the service's message beside its field and what was typed, nothing saved;
 * an edit from a stale version is refused (409) and changes nothing.
 */
@ExtendWith(ServiceExtension.class)
class RegisterFormsWebTest {

    static final String RISKS = "/commissioning/secure-childrens-home/risks";
    static final String CONTRACTS = "/commissioning/secure-childrens-home/contracts";
    static final String SCH = "secure-childrens-home";
    static final Actor SECRETARY = new Actor("sec.forms.itest", "Secretary", Role.SECRETARY, null);
    private static final String PASSWORD = "a long enough password for the register forms";

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static RiskLog risks;
    @InjectService(timeout = 30_000)
    static ContractRegister contracts;
    @InjectService(timeout = 30_000, filter = "(plv.programme.type=secure-childrens-home)")
    static Programme sch;

    static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static Map<String, String> risk(String title, String secondDueDate, String... more) {
        Map<String, String> f = new LinkedHashMap<>(Map.of("title", title, "category", "operational", "owner", "Registered manager",
                "inherentLikelihood", "4", "inherentImpact", "4", "currentLikelihood", "3", "currentImpact", "4", "targetLikelihood", "2",
                "targetImpact", "3", "targetDate", ""));
        f.put("controls", "Agency cover");
        f.putAll(Map.of("actionDescription-0", "Recruit a workforce lead", "actionOwner-0", "Director", "actionDueDate-0", "2031-01-31",
                "actionDescription-1", "Agree agency cover", "actionOwner-1", "Registered manager", "actionDueDate-1", secondDueDate,
                "actionDescription-2", "", "actionOwner-2", "", "actionDueDate-2", ""));
        for (int i = 0; i < more.length; i += 2) {
            f.put(more[i], more[i + 1]);
        }
        return f;
    }

    @Test
    void aRiskIsRecordedFromTheFormRefusedBesideTheFieldAndAStaleEditIsRefused() throws Exception {
        WebSession officer = WebSession.signedIn(newUser(Role.COMMISSIONING_OFFICER), PASSWORD);
        String title = "Form-bound risk " + unique();
        assertThat(officer.get(RISKS + "/new").body()).contains("name=\"actionDescription-0\"").contains("name=\"actionDueDate-1\"");

        HttpResponse<String> refused = officer.post(RISKS, risk(title, "2031-02-30"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"actionDueDate-1-error\"")
                .contains("Action 2 due date &#39;2031-02-30&#39; is not a date; write it as YYYY-MM-DD")
                .contains("value=\"2031-02-30\"").contains("value=\"" + title + "\"").contains("value=\"Agree agency cover\"");
        assertThat(risks.list(CommissioningTest.OFFICER, SCH)).noneMatch(r -> r.title().equals(title));

        HttpResponse<String> made = officer.post(RISKS, risk(title, "2031-03-31"));
        assertThat(made.statusCode()).isEqualTo(303);
        Risk risk = risks.list(CommissioningTest.OFFICER, SCH).stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
        assertThat(made.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(RISKS + "/" + risk.id()));
        assertThat(risk.actions()).extracting(RiskAction::description, RiskAction::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Recruit a workforce lead", LocalDate.of(2031, 1, 31)),
                org.assertj.core.groups.Tuple.tuple("Agree agency cover", LocalDate.of(2031, 3, 31)));

        String edit = RISKS + "/" + risk.id() + "/edit";
        assertThat(officer.get(edit).body()).contains("name=\"version\" value=\"" + risk.version() + "\"")
                .contains("value=\"Agree agency cover\"");
        String opened = String.valueOf(risk.version());
        assertThat(officer.post(edit, risk(title + " (edited)", "2031-03-31", "version", opened)).statusCode()).isEqualTo(303);
        HttpResponse<String> stale = officer.post(edit, risk(title + " (from an old page)", "2031-03-31", "version", opened));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed risk " + risk.reference()).contains("nothing was saved");
        assertThat(risks.get(CommissioningTest.OFFICER, SCH, risk.id()).title()).isEqualTo(title + " (edited)");

        HttpResponse<String> review = officer.post(RISKS + "/" + risk.id() + "/review", Map.of("likelihood", "7", "impact", "3", "note",
                "Checked", "version", String.valueOf(risk.version() + 1)));
        assertThat(review.statusCode()).isEqualTo(400);
        assertThat(review.body()).contains("id=\"likelihood-error\"").contains("value=\"7\"");
        assertThat(risks.get(CommissioningTest.OFFICER, SCH, risk.id()).reviews()).isEmpty();
    }

    static Map<String, String> contract(String reference, String... more) {
        Map<String, String> f = new LinkedHashMap<>(Map.of("reference", reference, "title", "Education provision", "department",
                "Secure Children's Home", "supplierName", "Learning Partners Ltd", "sme", "yes", "vcse", "no", "value", "1,800,000",
                "startDate", "2031-01-01", "endDate", "2033-12-31", "procurementRoute", "open"));
        f.putAll(Map.of("status", "pending", "extensionOptionCount", "0", "optionsExercised", "0", "tenderInvitation", "tender"));
        for (int i = 0; i < more.length; i += 2) {
            f.put(more[i], more[i + 1]);
        }
        return f;
    }

    @Test
    void aContractIsAddedAndEditedFromTheFormAndARefusedOneKeepsWhatWasTyped() throws Exception {
        WebSession officer = WebSession.signedIn(newUser(Role.COMMISSIONING_OFFICER), PASSWORD);
        String reference = "SCH-W" + unique().toUpperCase();
        officer.get(CONTRACTS + "/new");
        HttpResponse<String> made = officer.post(CONTRACTS, contract(reference));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        Contract added = contracts.list(CommissioningTest.OFFICER, SCH).stream().filter(c -> c.reference().equals(reference)).findFirst()
                .orElseThrow();
        assertThat(added.valuePence()).isEqualTo(180_000_000L);
        assertThat(added.sme()).isTrue();

        HttpResponse<String> refused = officer.post(CONTRACTS, contract(reference, "title", "A second <b>one</b>"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"reference-error\"").contains("is already in this programme&#39;s contract register")
                .contains("value=\"A second &lt;b&gt;one&lt;/b&gt;\"");
        assertThat(contracts.list(CommissioningTest.OFFICER, SCH)).filteredOn(c -> c.reference().equals(reference)).hasSize(1);

        String edit = CONTRACTS + "/" + added.id() + "/edit";
        assertThat(officer.get(edit).body()).contains("name=\"version\" value=\"" + added.version() + "\"");
        String opened = String.valueOf(added.version());
        assertThat(officer.post(edit, contract(reference, "title", "Education provision (edited)", "version", opened)).statusCode())
                .isEqualTo(303);
        HttpResponse<String> badDate = officer.post(edit, contract(reference, "endDate", "2030-12-31", "version", String.valueOf(added.version() + 1)));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("id=\"endDate-error\"").contains("value=\"2030-12-31\"");
        HttpResponse<String> stale = officer.post(edit, contract(reference, "title", "From an old page", "version", opened));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed contract " + reference);
        assertThat(contracts.get(CommissioningTest.OFFICER, SCH, added.id()).title()).isEqualTo("Education provision (edited)");
    }

    static String newUser(Role role) {
        String name = role.id() + ".forms." + unique();
        users.create(SECRETARY, new NewUser(name, "Forms " + name, role, null, PASSWORD));
        return name;
    }
}
