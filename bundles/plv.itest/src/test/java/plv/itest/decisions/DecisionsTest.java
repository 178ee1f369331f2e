package plv.itest.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.decisions.api.ConditionCheck;
import plv.decisions.api.ConsulteeCheck;
import plv.decisions.api.Consultation;
import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.CouncilDecisions;
import plv.decisions.api.CouncilStanding;
import plv.decisions.api.DecisionMaker;
import plv.decisions.api.DecisionStatus;
import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationCheck;
import plv.decisions.api.ReviewCase;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.Delegations;
import plv.decisions.api.MonitoringOfficerReview;
import plv.decisions.api.MonitoringOfficerReviews;
import plv.decisions.api.NoticeException;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.OfficerDecisionDraft;
import plv.decisions.api.OfficerDecisions;
import plv.decisions.api.ReviewOutcome;
import plv.decisions.api.ReviewStatus;
import plv.decisions.api.ReviewSubmission;
import plv.decisions.api.SecretaryDashboard;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.persistence.Database;

/**
 * The decisions services inside the real framework, on whichever database this run uses: migrations applied, a
 * council decision with its delegation and an officer decision, the monitoring officer's review audited and locked,
 * and another council's monitoring officer refused.
 */
@Requirement(namespace = "osgi.service", filter = "(objectClass=plv.decisions.api.MonitoringOfficerReviews)")
@ExtendWith(ServiceExtension.class)
class DecisionsTest {

    static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);
    static final Actor CAMDEN_MO = new Actor("mo.camden.itest", "Camden MO", Role.MONITORING_OFFICER, "E09000007");
    static final Actor HACKNEY_MO = new Actor("mo.hackney.itest", "Hackney MO", Role.MONITORING_OFFICER, "E09000012");

    @InjectService(timeout = 30_000)
    static CouncilDecisions decisions;
    @InjectService(timeout = 30_000)
    static Delegations delegations;
    @InjectService(timeout = 30_000)
    static OfficerDecisions records;
    @InjectService(timeout = 30_000)
    static MonitoringOfficerReviews reviews;
    @InjectService(timeout = 30_000)
    static SecretaryDashboard dashboard;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;
    @InjectService(timeout = 30_000)
    static Database database;

    @Test
    void migrationsAreApplied() {
        assertThat(database.schemaVersions()).anySatisfy(v -> {
            assertThat(v.owner()).isEqualTo("plv.decisions.core");
            assertThat(v.version()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void reviewFromQueueToConfirmedIsAuditedLockedAndRefusedToAnotherCouncil() {
        String ref = "IT-" + System.nanoTime();
        CouncilDecision decision = decisions.create(SECRETARY, new CouncilDecisionDraft("E09000007", ref,
                "Membership of the Pan-London Vehicle", DecisionMaker.CABINET, null, "Cabinet", LocalDate.of(2023, 3, 15), true,
                "Significant impact on 2 or more wards", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 15), NoticeException.NONE,
                null, false, null, true, "Join the PLV.", "Secure places in London.", "Do nothing.", null, null, true, null,
                DecisionStatus.DECIDED, List.of(), null, LocalDate.of(2023, 3, 16), null, null, false));
        // published Thursday 16 March 2023: 5 working days from publication end on Thursday 23 March
        assertThat(decision.callInEnds()).isEqualTo(LocalDate.of(2023, 3, 23));
        Delegation delegation = delegations.create(SECRETARY, decision.id(), new DelegationDraft("Director of Children's Services",
                null, List.of("Director of Finance", "Monitoring Officer"), "Final determination on membership", null,
                List.of("After the revised business case"), LocalDate.of(2028, 3, 31), true, null,
                List.of("Final determination on membership")));
        OfficerDecision record = records.record(SECRETARY, delegation.id(), new OfficerDecisionDraft(LocalDate.of(2023, 3, 29),
                "Final determination", "Join.", "Business case complete.", null, "A Officer", "Director of Children's Services",
                List.of(new Consultation("Director of Finance", null, LocalDate.of(2023, 3, 24), "Agrees")), null, null,
                List.of(), null, false, null, "Final determination on membership", LocalDate.of(2023, 3, 30)));
        assertThat(reviews.queue(CAMDEN_MO)).anySatisfy(c -> assertThat(c.record().id()).isEqualTo(record.id()));
        assertThat(reviews.queue(HACKNEY_MO)).noneSatisfy(c -> assertThat(c.record().id()).isEqualTo(record.id()));

        ReviewSubmission confirm = new ReviewSubmission(record.id(),
                List.of(new ConsulteeCheck("Director of Finance", true, LocalDate.of(2023, 3, 24)),
                        new ConsulteeCheck("Monitoring Officer", true, LocalDate.of(2023, 3, 25))),
                List.of(new ConditionCheck("After the revised business case", true, null)), ReviewOutcome.CONFIRMED, "Within delegation.",
                null);
        assertThatThrownBy(() -> reviews.submit(HACKNEY_MO, confirm)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.get(HACKNEY_MO, record.id())).isInstanceOf(AccessDeniedException.class);

        MonitoringOfficerReview review = reviews.submit(CAMDEN_MO, confirm);
        assertThat(review.locked()).isTrue();
        assertThat(records.get(CAMDEN_MO, record.id()).reviewStatus()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThatThrownBy(() -> reviews.submit(CAMDEN_MO, confirm)).isInstanceOf(ValidationException.class);
        assertThat(audit.forRecord("mo-review", Long.toString(review.id()))).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("mo.camden.itest");
            assertThat(a.changes().get("outcome").after()).isEqualTo("CONFIRMED");
        });
        assertThat(audit.forRecord("officer-decision", Long.toString(record.id()))).extracting(a -> a.action())
                .containsExactly("create", "review-outcome");
        assertThat(audit.verify().valid()).isTrue();

        CouncilStanding camden = dashboard.standings(SECRETARY).stream().filter(s -> s.authority().gss().equals("E09000007"))
                .findFirst().orElseThrow();
        assertThat(camden.confirmed()).isGreaterThanOrEqualTo(1);
        assertThat(camden.delegatedFinalDetermination()).isTrue();
    }

    @Test
    void reviewOverTheFinancialLimitIsRefused() {
        Delegation delegation = delegationOf(decidedFor("E09000007"), 2_000_000L);
        OfficerDecision record = records.record(SECRETARY, delegation.id(), officerDecision(2_500_000L, "First title"));
        ReviewCase c = reviews.reviewCase(CAMDEN_MO, record.id());
        assertThat(c.checks()).filteredOn(k -> !k.passed()).extracting(DelegationCheck::code)
                .containsExactly(DelegationCheck.FINANCIAL_LIMIT);
        int auditBefore = audit.forRecord("officer-decision", Long.toString(record.id())).size();
        ReviewSubmission confirm = new ReviewSubmission(record.id(),
                List.of(new ConsulteeCheck("Director of Finance", true, LocalDate.of(2023, 3, 24))), List.of(),
                ReviewOutcome.CONFIRMED, "Within delegation.", null);
        assertThatThrownBy(() -> reviews.submit(CAMDEN_MO, confirm)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("£25,000.00 is over the delegation's limit of £20,000.00");
        assertThat(records.get(CAMDEN_MO, record.id()).reviewStatus()).isEqualTo(ReviewStatus.AWAITING_REVIEW);
        assertThat(audit.forRecord("officer-decision", Long.toString(record.id()))).hasSize(auditBefore);
    }

    @Test
    void monitoringOfficerIsRefusedCreatingACouncilDecisionThroughTheService() {
        int before = decisions.list(SECRETARY).size();
        assertThatThrownBy(() -> decisions.create(CAMDEN_MO, draft("E09000007", "IT-MO-" + System.nanoTime())))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only the company secretary");
        CouncilDecision own = decidedFor("E09000007");
        assertThatThrownBy(() -> decisions.update(CAMDEN_MO, own.id(), own.version(), own.details()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(decisions.list(SECRETARY)).hasSize(before + 1);
    }

    @Test
    void officerDecisionEditedTwiceFromTwoSessionsTheSecondIsRefused() {
        Delegation delegation = delegationOf(decidedFor("E09000007"), null);
        OfficerDecision record = records.record(SECRETARY, delegation.id(), officerDecision(null, "First title"));
        OfficerDecision sessionA = records.get(SECRETARY, record.id());
        OfficerDecision sessionB = records.get(SECRETARY, record.id());
        OfficerDecision saved = records.update(SECRETARY, sessionA.id(), sessionA.version(), officerDecision(null, "Title from A"));
        assertThat(saved.version()).isGreaterThan(sessionA.version());
        assertThatThrownBy(() -> records.update(SECRETARY, sessionB.id(), sessionB.version(), officerDecision(null, "Title from B")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(records.get(SECRETARY, record.id()).record().title()).isEqualTo("Title from A");
        assertThat(audit.forRecord("officer-decision", Long.toString(record.id()))).extracting(a -> a.action())
                .containsExactly("create", "update");
        DelegationDraft t = delegation.terms();
        DelegationDraft limited = new DelegationDraft(t.officerPost(), "A Director", t.consulteePosts(), t.scope(), 2_000_000L,
                t.conditions(), t.expires(), t.finalDetermination(), t.startsOn(), t.matters());
        Delegation changed = delegations.update(SECRETARY, delegation.id(), delegation.version(), limited);
        assertThat(changed.version()).isGreaterThan(delegation.version());
        assertThatThrownBy(() -> delegations.update(SECRETARY, delegation.id(), delegation.version(), t))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(delegations.get(SECRETARY, delegation.id()).terms().financialLimitPence()).isEqualTo(2_000_000L);
        assertThat(audit.verify().valid()).isTrue();
    }

    private static CouncilDecisionDraft draft(String gss, String ref) {
        return new CouncilDecisionDraft(gss, ref, "Membership of the Pan-London Vehicle", DecisionMaker.CABINET, null, "Cabinet",
                LocalDate.of(2023, 3, 15), false, null, null, null, NoticeException.NONE, null, false, null, true, "Join the PLV.",
                "Secure places in London.", null, null, null, true, null, DecisionStatus.DECIDED, List.of(), null,
                LocalDate.of(2023, 3, 16), null, null, false);
    }

    private static CouncilDecision decidedFor(String gss) {
        return decisions.create(SECRETARY, draft(gss, "IT-" + System.nanoTime()));
    }

    private static Delegation delegationOf(CouncilDecision decision, Long limitPence) {
        return delegations.create(SECRETARY, decision.id(), new DelegationDraft("Director of Children's Services", null,
                List.of("Director of Finance"), "Final determination on membership", limitPence, List.of(),
                LocalDate.of(2028, 3, 31), true, null, List.of("Final determination on membership")));
    }

    private static OfficerDecisionDraft officerDecision(Long valuePence, String title) {
        return new OfficerDecisionDraft(LocalDate.of(2023, 3, 29), title, "Join.", "Business case complete.", null, "A Officer",
                "Director of Children's Services", List.of(new Consultation("Director of Finance", null, LocalDate.of(2023, 3, 24),
                        "Agrees")), null, null, List.of(), valuePence, false, null, "Final determination on membership",
                LocalDate.of(2023, 3, 30));
    }

    @Test
    void badInputChangesNothing() {
        int before = decisions.list(SECRETARY).size();
        assertThatThrownBy(() -> decisions.create(SECRETARY, new CouncilDecisionDraft("E09000099", "", "x", null, null, null,
                null, false, null, null, null, NoticeException.NONE, null, true, null, true, null, null, null, null, null, true,
                null, DecisionStatus.DECIDED, List.of(), null, null, null, null, false))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("councilGss").hasMessageContaining("exemptParagraph");
        assertThat(decisions.list(SECRETARY)).hasSize(before);
    }
}
