package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractNotice;
import plv.commissioning.api.ContractNotices;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.NoticeKind;
import plv.commissioning.api.ProcurementRoute;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskLog;
import plv.commissioning.api.RiskStatus;
import plv.itest.platform.Itest;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.deadline.Deadline;
import plv.platform.api.deadline.DeadlineSource;
import plv.platform.api.persistence.Database;
import plv.platform.api.time.PlvClock;

/**
 * Issue 16: an accepted risk whose acceptance ends goes back to review and onto the deadlines; the Procurement Act 2023
 * notices of a contract are expected, recorded and published, and those due are on the deadlines. The day passing is
 * simulated by moving the acceptance's dates back in the database (the suite's clock is one for the whole framework).
 */
@ExtendWith(ServiceExtension.class)
class AcceptedRisksAndNoticesTest {

    @InjectService(timeout = 30_000)
    static RiskLog risks;
    @InjectService(timeout = 30_000)
    static ContractRegister contracts;
    @InjectService(timeout = 30_000)
    static ContractNotices notices;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;
    @InjectService(timeout = 30_000)
    static PlvClock clock;
    @InjectService(timeout = 30_000)
    static Database database;
    @InjectService(timeout = 30_000, filter = "(component.name=plv.commissioning.core.internal.CommissioningDeadlineSource)")
    static DeadlineSource deadlines;

    @Test
    void anAcceptedRiskWhoseAcceptanceEndsIsBackToReviewAndOnTheDeadlinesUntilReviewed() throws Exception {
        String p = CommissioningTest.programme();
        LocalDate today = clock.today();
        Risk risk = risks.add(CommissioningTest.OFFICER, p, CommissioningTest.risk("Provider market exit", "3", ""));
        assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);

        // a commissioning officer does not accept a risk; a director does, for today or later, with a reason
        assertThatThrownBy(() -> risks.accept(CommissioningTest.OFFICER, p, risk.id(), risk.version(), today.toString(), "Tolerable"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("director");
        assertThatThrownBy(() -> risks.accept(CommissioningTest.DIRECTOR, p, risk.id(), risk.version(), today.minusDays(1).toString(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("acceptedUntil", "reason"));
        Risk accepted = risks.accept(CommissioningTest.DIRECTOR, p, risk.id(), risk.version(), today.toString(),
                "Market shaping under way; the board tolerates it to the year end");
        assertThat(accepted.status()).as("until is inclusive: accepted all today").isEqualTo(RiskStatus.ACCEPTED);
        assertThat(accepted.acceptance().acceptedBy()).isEqualTo("dir.itest");
        assertThat(accepted.acceptance().acceptedOn()).isEqualTo(today);
        assertThat(accepted.version()).isGreaterThan(risk.version());
        assertThat(audit.forRecord("risk", p + "/" + risk.reference())).extracting(a -> a.action()).contains("accept");
        // a second session still holding the old version is refused
        assertThatThrownBy(() -> risks.accept(CommissioningTest.DIRECTOR, p, risk.id(), risk.version(), today.plusDays(9).toString(), "Other"))
                .isInstanceOf(ConcurrentChangeException.class);
        LocalDate window = today.plusDays(300 + (int) (Math.random() * 60)); // a period no cached read has asked for
        assertThat(deadlines.deadlines(CommissioningTest.DIRECTOR, today, window)).filteredOn(d -> d.kind().equals("Risk acceptance ends"))
                .anySatisfy(d -> {
                    assertThat(d.title()).contains(risk.reference());
                    assertThat(d.overdueOn(today)).isFalse();
                });

        // the days pass: it was accepted ten days ago until yesterday
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE COM_RISK_ACCEPTANCE SET ACCEPTED_ON = ?, ACCEPTED_UNTIL = ? WHERE RISK_ID = ?")) {
            s.setObject(1, java.sql.Date.valueOf(today.minusDays(10)));
            s.setObject(2, java.sql.Date.valueOf(today.minusDays(1)));
            s.setLong(3, risk.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        Risk ended = risks.get(CommissioningTest.OFFICER, p, risk.id());
        assertThat(ended.status()).isEqualTo(RiskStatus.ACCEPTANCE_ENDED);
        assertThat(ended.acceptance().acceptedUntil()).isEqualTo(today.minusDays(1));
        List<Deadline> due = deadlines.deadlines(CommissioningTest.DIRECTOR, today, window.plusDays(1));
        assertThat(due).filteredOn(d -> d.title().contains(risk.reference()) && d.kind().equals("Risk acceptance ends")).singleElement()
                .satisfies(d -> {
                    assertThat(d.overdueOn(today)).as("stays, overdue, until reviewed").isTrue();
                    assertThat(d.title()).contains("acceptance ended on " + today.minusDays(1));
                    assertThat(d.path()).endsWith("/risks/" + risk.id());
                });

        // the review it asked for: open again, the acceptance kept in the history, off the deadlines
        Risk reviewed = risks.review(CommissioningTest.OFFICER, p, risk.id(), ended.version(), "3", "4", "Still tolerable; to the board");
        assertThat(reviewed.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(reviewed.acceptance()).isNull();
        assertThat(reviewed.acceptances()).singleElement().satisfies(a -> assertThat(a.endedOn()).isEqualTo(today));
        assertThat(deadlines.deadlines(CommissioningTest.DIRECTOR, today, window.plusDays(2)))
                .noneMatch(d -> d.title().contains(risk.reference()) && d.kind().equals("Risk acceptance ends"));
    }

    static ContractDraft draft(String reference, LocalDate signed, LocalDate start, String route) {
        return new ContractDraft(reference, "Regional secure transport", "Itest programme", "", "Transport Ltd", "01234567", "sme",
                "6,000,000.00", "2,000,000", "", "", start.toString(), start.plusYears(3).minusDays(1).toString(), "", signed.toString(), route,
                "active", "0", "", "", "0");
    }

    @Test
    void aContractsNoticesAreExpectedRecordedPublishedAndTheDueOnesAreOnTheDeadlines() {
        String p = CommissioningTest.programme();
        LocalDate today = clock.today();
        LocalDate signed = today.minusDays(40);
        Contract c = contracts.add(CommissioningTest.OFFICER, p, draft("DM-" + UUID.randomUUID().toString().substring(0, 6), signed,
                signed.plusDays(5), "dynamic-market"));
        assertThat(c.procurementRoute()).isEqualTo(ProcurementRoute.DYNAMIC_MARKET);

        // entered into 40 days ago for £6 million: the details notice is overdue and the first year's performance notice expected
        List<ContractNotice> expected = notices.forContract(CommissioningTest.DIRECTOR, p, c.id());
        assertThat(expected).extracting(ContractNotice::kind).containsExactly(NoticeKind.CONTRACT_DETAILS, NoticeKind.CONTRACT_PERFORMANCE);
        assertThat(expected.get(0).dueDate()).isEqualTo(signed.plusDays(29));
        assertThat(expected.get(0).overdueOn(today)).isTrue();
        assertThat(expected.get(1).dueDate()).isEqualTo(signed.plusDays(5).plusYears(1).minusDays(1));
        assertThat(notices.due(CommissioningTest.DIRECTOR, today)).anyMatch(n -> n.contractId() == c.id() && n.kind() == NoticeKind.CONTRACT_DETAILS);
        assertThat(deadlines.deadlines(CommissioningTest.DIRECTOR, today, today.plusDays(400)))
                .filteredOn(d -> d.kind().equals("Procurement Act notice due") && d.title().contains(c.reference()))
                .hasSize(2).anySatisfy(d -> assertThat(d.overdueOn(today)).isTrue());

        // bad input names the fields and writes nothing; a viewer may not record
        assertThatThrownBy(() -> notices.record(CommissioningTest.OFFICER, p, c.id(), null, null, today.plusDays(1), ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("kind", "eventDate", "publishedOn"));
        assertThatThrownBy(() -> notices.record(CommissioningTest.VIEWER, p, c.id(), NoticeKind.CONTRACT_DETAILS, signed, today, ""))
                .isInstanceOf(AccessDeniedException.class);

        // the details notice published today (late); a change planned in 20 days, published after a stale attempt
        ContractNotice details = notices.record(CommissioningTest.OFFICER, p, c.id(), NoticeKind.CONTRACT_DETAILS, signed, today, "UK4-001");
        assertThat(details.dueDate()).isEqualTo(signed.plusDays(29));
        assertThat(details.publishedLate()).isTrue();
        assertThatThrownBy(() -> notices.record(CommissioningTest.OFFICER, p, c.id(), NoticeKind.CONTRACT_DETAILS, signed, today, ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("recorded already");
        ContractNotice change = notices.record(CommissioningTest.OFFICER, p, c.id(), NoticeKind.CONTRACT_CHANGE, today.plusDays(20), null, "");
        assertThat(change.dueDate()).isEqualTo(today.plusDays(19));
        assertThat(notices.due(CommissioningTest.DIRECTOR, today.plusDays(19))).anyMatch(n -> n.id() == change.id());
        assertThatThrownBy(() -> notices.published(CommissioningTest.OFFICER, p, c.id(), change.id(), change.version() + 1, today, ""))
                .isInstanceOf(ConcurrentChangeException.class);
        ContractNotice published = notices.published(CommissioningTest.OFFICER, p, c.id(), change.id(), change.version(), today, "UK10-7");
        assertThat(published.publishedOn()).isEqualTo(today);
        assertThat(published.noticeReference()).isEqualTo("UK10-7");
        assertThat(notices.forContract(CommissioningTest.OFFICER, p, c.id())).extracting(ContractNotice::kind)
                .containsExactlyInAnyOrder(NoticeKind.CONTRACT_DETAILS, NoticeKind.CONTRACT_CHANGE, NoticeKind.CONTRACT_PERFORMANCE);
        assertThat(notices.due(CommissioningTest.DIRECTOR, today.plusDays(400))).filteredOn(n -> n.contractId() == c.id())
                .extracting(ContractNotice::kind).containsExactly(NoticeKind.CONTRACT_PERFORMANCE);
        assertThat(audit.forRecord("contract-notice", p + "/" + c.reference() + "/contract-change/" + today.plusDays(20)))
                .extracting(a -> a.action()).containsExactly("create", "publish");

        // a contract entered into before the Act needs none
        Contract old = contracts.add(CommissioningTest.OFFICER, p, draft("OLD-" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1), "open"));
        assertThat(notices.forContract(CommissioningTest.OFFICER, p, old.id())).isEmpty();
    }

    @Test
    void theNoticesApiAnswersAnApiToken() throws Exception {
        var api = Itest.getAsSecretary("/api/contract-notices");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).startsWith("[");
    }
}
