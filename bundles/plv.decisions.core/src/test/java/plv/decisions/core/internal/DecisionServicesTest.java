package plv.decisions.core.internal;

import plv.platform.api.time.PlvClock;
import plv.platform.api.time.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import plv.decisions.api.ConditionCheck;
import plv.decisions.api.ConsulteeCheck;
import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilStanding;
import plv.decisions.api.CouncilStanding.Standing;
import plv.decisions.api.DecisionWarning;
import plv.decisions.api.ImportResult;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.ReviewCase;
import plv.decisions.api.ReviewOutcome;
import plv.decisions.api.ReviewStatus;
import plv.decisions.api.ReviewSubmission;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.ConcurrentChangeException;
import plv.decisions.api.CouncilDecisionDraft;
import plv.decisions.api.Delegation;
import plv.decisions.api.DelegationCheck;
import plv.decisions.api.DelegationDraft;
import plv.decisions.api.OfficerDecisionDraft;

/** The services over the real JPA provider and real Derby and PostgreSQL, starting from the demo data. */
class DecisionServicesTest {

    static final Actor SECRETARY = new Actor("sec", "Company Secretary", Role.SECRETARY, null);
    static final Actor CAMDEN_MO = new Actor("mo.camden", "Camden MO", Role.MONITORING_OFFICER, "E09000007");
    static final Actor HACKNEY_MO = new Actor("mo.hackney", "Hackney MO", Role.MONITORING_OFFICER, "E09000012");
    static final Actor VIEWER = new Actor("viewer", "Viewer", Role.VIEWER, null);

    TestStore store;
    DecisionData data;
    CouncilDecisionRegister decisions;
    OfficerDecisionRegister records;
    ReviewRegister reviews;

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("derby", (Supplier<TestStore>) TestStore::derby),
                Arguments.of("postgresql", (Supplier<TestStore>) TestStore::postgres));
    }

    void start(Supplier<TestStore> db) {
        store = db.get();
        PlvClock clock = PlvClock.fixedOn(LocalDate.of(2026, 6, 1));
        data = new DecisionData(store, new DecisionRules(WorkingDays.englandAndWales(), 5, Map.of(), 10, 5),
                new LondonAuthorityList(), clock);
        decisions = new CouncilDecisionRegister(data);
        records = new OfficerDecisionRegister(data);
        reviews = new ReviewRegister(data);
        new DemoDecisions(data).load();
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void monitoringOfficerSeesOnlyOwnCouncilAndCannotReviewAnother(String name, Supplier<TestStore> db) {
        start(db);
        assertThat(decisions.list(CAMDEN_MO)).extracting(CouncilDecision::councilGss).containsOnly("E09000007");
        assertThat(decisions.list(SECRETARY)).hasSize(5);
        List<ReviewCase> queue = reviews.queue(CAMDEN_MO);
        assertThat(queue).hasSize(2).allSatisfy(c -> assertThat(c.record().councilGss()).isEqualTo("E09000007"));
        long camdenRecord = queue.get(0).record().id();
        assertThatThrownBy(() -> decisions.get(HACKNEY_MO, queue.get(0).councilDecision().id()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("E09000012")
                .as("the refusal must not say whose record it is").hasMessageNotContaining("E09000007");
        int auditBefore = store.audit.size();
        assertThatThrownBy(() -> reviews.submit(HACKNEY_MO, confirm(queue.get(0))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("another council")
                .hasMessageNotContaining("E09000007");
        assertThatThrownBy(() -> reviews.submit(SECRETARY, confirm(queue.get(0)))).isInstanceOf(AccessDeniedException.class);
        assertThat(store.audit).hasSize(auditBefore);
        assertThat(records.get(CAMDEN_MO, camdenRecord).reviewStatus()).isEqualTo(ReviewStatus.AWAITING_REVIEW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void confirmedReviewIsAuditedAndLocked(String name, Supplier<TestStore> db) {
        start(db);
        ReviewCase c = reviews.queue(CAMDEN_MO).get(0);
        assertThat(c.delegation().terms().consulteePosts()).containsExactly("Director of Finance", "Monitoring Officer");
        var review = reviews.submit(CAMDEN_MO, confirm(c));
        assertThat(review.locked()).isTrue();
        assertThat(records.get(CAMDEN_MO, c.record().id()).reviewStatus()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(store.audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("review");
            assertThat(e.actor()).isEqualTo("mo.camden");
            assertThat(e.changes().get("outcome").after()).isEqualTo("CONFIRMED");
        });
        assertThatThrownBy(() -> reviews.submit(CAMDEN_MO, confirm(c))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("locked");
        assertThat(reviews.queue(CAMDEN_MO)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void queryGoesBackToSecretaryAndReturnsForReview(String name, Supplier<TestStore> db) {
        start(db);
        ReviewCase c = reviews.queue(HACKNEY_MO).get(0);
        ReviewSubmission noQuestion = new ReviewSubmission(c.record().id(), checks(c), conditions(c, true), ReviewOutcome.QUERY_RAISED, " ", null);
        assertThatThrownBy(() -> reviews.submit(HACKNEY_MO, noQuestion)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field()).contains("comments"));
        ReviewSubmission notMet = new ReviewSubmission(c.record().id(), checks(c), conditions(c, false), ReviewOutcome.CONFIRMED, null, null);
        assertThatThrownBy(() -> reviews.submit(HACKNEY_MO, notMet)).isInstanceOf(ValidationException.class);
        reviews.submit(HACKNEY_MO, new ReviewSubmission(c.record().id(), checks(c), conditions(c, true),
                ReviewOutcome.QUERY_RAISED, "Was the revised business case completed before this decision?", null));
        OfficerDecision queried = records.get(SECRETARY, c.record().id());
        assertThat(queried.reviewStatus()).isEqualTo(ReviewStatus.QUERIED);
        assertThat(queried.openQuery()).contains("business case");
        records.answerQuery(SECRETARY, c.record().id(), "Yes: completed on 20 March 2023.");
        assertThat(records.get(HACKNEY_MO, c.record().id()).reviewStatus()).isEqualTo(ReviewStatus.AWAITING_REVIEW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exemptTextOnlyForEntitledReaders(String name, Supplier<TestStore> db) {
        start(db);
        CouncilDecision enfieldForViewer = decisions.list(VIEWER).stream().filter(d -> d.details().reference().startsWith("HK-KD-0427")).findFirst().orElseThrow();
        assertThat(enfieldForViewer.withheld()).isTrue();
        assertThat(enfieldForViewer.details().illustrative()).isTrue();
        CouncilDecision enfield = decisions.list(VIEWER).stream().filter(d -> d.details().reference().equals("KD 5483"))
                .findFirst().orElseThrow();
        assertThat(enfield.withheld()).as("seed 002: Enfield's decision is Part 1").isFalse();
        assertThat(enfield.details().exempt()).isFalse();
        assertThat(enfield.details().illustrative()).isFalse();
        assertThat(enfield.warnings()).as("no real council shown breaking a rule").isEmpty();
        assertThat(enfield.details().leads().leadDirector()).isEqualTo("Executive Director - People");
        assertThat(enfield.details().leads().department()).isEqualTo("People Department");
        assertThat(enfieldForViewer.details().decision()).startsWith("Withheld").contains("paragraph 3");
        assertThat(decisions.get(SECRETARY, enfieldForViewer.id()).details().decision()).contains("Pan-London Vehicle");
        OfficerDecision hackneyExempt = records.list(VIEWER).stream().filter(r -> r.record().exempt()).findFirst().orElseThrow();
        assertThat(hackneyExempt.record().reasons()).startsWith("Withheld");
        assertThat(records.get(HACKNEY_MO, hackneyExempt.id()).withheld()).isFalse();
        assertThatThrownBy(() -> records.get(CAMDEN_MO, hackneyExempt.id())).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void dashboardAndWarnings(String name, Supplier<TestStore> db) {
        start(db);
        List<CouncilStanding> lines = new CouncilStandings(data).standings(SECRETARY);
        assertThat(lines).hasSize(33);
        assertThat(standing(lines, "E09000007").standing()).isEqualTo(Standing.REVIEW_PENDING);
        assertThat(standing(lines, "E09000007").awaitingReview()).isEqualTo(2);
        assertThat(standing(lines, "E09000006").standing()).isEqualTo(Standing.DECIDED);
        assertThat(standing(lines, "E09000006").delegatedFinalDetermination()).isTrue();
        assertThat(standing(lines, "E09000019").standing()).isEqualTo(Standing.FORWARD_PLAN);
        assertThat(standing(lines, "E09000033").standing()).isEqualTo(Standing.NO_RECORD);
        assertThatThrownBy(() -> new CouncilStandings(data).standings(CAMDEN_MO)).isInstanceOf(AccessDeniedException.class);
        // 60 days on, nobody has reviewed: Camden's two records and Enfield's and Hackney's are overdue
        DecisionData later = new DecisionData(store, new DecisionRules(WorkingDays.englandAndWales(), 5, Map.of(), 10, 5),
                new LondonAuthorityList(), PlvClock.fixedOn(LocalDate.of(2026, 8, 1)));
        CouncilStanding camdenLater = standing(new CouncilStandings(later).standings(SECRETARY), "E09000007");
        assertThat(camdenLater.standing()).isEqualTo(Standing.ATTENTION);
        assertThat(camdenLater.overdue()).isEqualTo(2);
        assertThat(new OfficerDecisionRegister(later).list(CAMDEN_MO)).allMatch(OfficerDecision::overdue);
        CouncilDecision hackney = decisions.list(HACKNEY_MO).get(0);
        assertThat(hackney.warnings()).extracting(DecisionWarning::code).containsExactly(DecisionWarning.NOTICE_PERIOD);
        // published the day after (28 March 2023), 5 working days: 29, 30, 31 March, 3 and 4 April
        assertThat(hackney.callInEnds()).isEqualTo(LocalDate.of(2023, 4, 4));
        assertThat(hackney.details().illustrative()).as("a demonstration breach is in an illustrative record").isTrue();
        assertThat(decisions.list(SECRETARY)).filteredOn(d -> !d.details().illustrative())
                .allSatisfy(d -> assertThat(d.warnings()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deadlinesFollowTheRegistersVisibilityAndReviewsStayOverdueUntilDone(String name, Supplier<TestStore> db) {
        start(db);
        DecisionDeadlineSource source = new DecisionDeadlineSource(decisions, records);
        LocalDate today = LocalDate.of(2026, 6, 1);
        List<plv.platform.api.deadline.Deadline> camden = source.deadlines(CAMDEN_MO, today, today.plusDays(365));
        assertThat(camden).isNotEmpty().allSatisfy(d -> assertThat(d.councilGss()).isEqualTo("E09000007"));
        assertThat(camden).filteredOn(d -> d.kind().equals("Monitoring officer review")).hasSize(2).allSatisfy(d -> {
            assertThat(d.canBeOverdue()).isTrue();
            assertThat(d.path()).startsWith("/reviews/");
        });
        List<plv.platform.api.deadline.Deadline> all = source.deadlines(SECRETARY, today, today.plusDays(365));
        assertThat(all).extracting(plv.platform.api.deadline.Deadline::councilGss).contains("E09000007", "E09000012");
        assertThat(all).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("Key decision due");
            assertThat(d.councilGss()).isEqualTo("E09000019");
            assertThat(d.uid()).endsWith("@decisions.plv.london");
        });
        assertThat(all).extracting(plv.platform.api.deadline.Deadline::uid).doesNotHaveDuplicates();
        assertThat(source.deadlines(VIEWER, today, today.plusDays(365))).noneMatch(d -> d.kind().equals("Monitoring officer review"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void importIsAllOrNothing(String name, Supplier<TestStore> db) {
        start(db);
        DecisionFileImport importer = new DecisionFileImport(data);
        String header = "councilGss,reference,title,decisionMaker,decisionDate,keyDecision,keyDecisionReason,noticePublished,decisionDue,status,exempt,exemptParagraph\n";
        String good = "E09000003,BAR-1,Join the PLV,Cabinet,14/02/2023,Key,Over £500k,2023-01-05,2023-02-14,Recommendations Approved,no,\n";
        String bad = "E09000099,BAR-2,Join the PLV,Sofa,not a date,yes,,,,decided,yes,\n";
        int before = decisions.list(SECRETARY).size();
        ImportResult refused = importer.importCsv(SECRETARY, in(header + good + bad));
        assertThat(refused.saved()).isZero();
        assertThat(refused.errors()).extracting(ImportResult.RowError::row).as("the line in the file").containsOnly(3);
        assertThat(refused.errors()).extracting(ImportResult.RowError::field)
                .contains("councilGss", "decisionMaker", "decisionDate", "keyDecisionReason", "exemptParagraph");
        assertThat(decisions.list(SECRETARY)).hasSize(before);
        assertThat(importer.importCsv(SECRETARY, in(header + good)).saved()).isEqualTo(1);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <decisions xmlns="urn:plv:decisions:1">
                  <decision>
                    <councilGss>E09000010</councilGss><reference>KD 5999</reference>
                    <title>PLV members' agreement</title><decisionMaker>Cabinet Member</decisionMaker>
                    <decisionDate>8 Mar 2023</decisionDate><keyDecision>Non-key</keyDecision><status>Decided</status>
                    <documentLink>https://example.gov.uk/a.pdf</documentLink><documentLink>https://example.gov.uk/b.pdf</documentLink>
                  </decision>
                </decisions>""";
        assertThat(importer.importXml(SECRETARY, in(xml)).errors()).isEmpty();
        CouncilDecision imported = decisions.list(SECRETARY).stream().filter(d -> d.details().reference().equals("KD 5999")).findFirst().orElseThrow();
        assertThat(imported.details().documentLinks()).hasSize(2);
        assertThat(importer.importXml(SECRETARY, in("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><decisions/>")).ok()).isFalse();
        assertThat(importer.importCsv(CAMDEN_MO, in(header + good.replace("BAR-1", "BAR-3"))).saved()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reviewOverTheFinancialLimitIsRefusedUnlessTheReviewerRecordsWhy(String name, Supplier<TestStore> db) {
        start(db);
        // illustrative: Hackney's delegation has a limit of £20,000; the mobilisation decision is for £25,000
        ReviewCase c = reviews.queue(HACKNEY_MO).stream().filter(k -> k.record().record().title().contains("mobilisation"))
                .findFirst().orElseThrow();
        assertThat(c.checksPassed()).isFalse();
        assertThat(c.checks()).filteredOn(k -> !k.passed()).extracting(DelegationCheck::code)
                .containsExactly(DelegationCheck.FINANCIAL_LIMIT);
        int auditBefore = store.audit.size();
        assertThatThrownBy(() -> reviews.submit(HACKNEY_MO, confirm(c))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("£25,000.00 is over the delegation's limit of £20,000.00")
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("failedChecksReason"));
        assertThat(store.audit).hasSize(auditBefore);
        assertThat(records.get(HACKNEY_MO, c.record().id()).reviewStatus()).isEqualTo(ReviewStatus.AWAITING_REVIEW);

        var review = reviews.submit(HACKNEY_MO, new ReviewSubmission(c.record().id(), checks(c), conditions(c, true),
                ReviewOutcome.CONFIRMED, "Within delegation.", "Cabinet raised the limit to £30,000 on 1 June 2023 (CAB-77)."));
        assertThat(review.failedChecks()).extracting(DelegationCheck::code).containsExactly(DelegationCheck.FINANCIAL_LIMIT);
        assertThat(review.failedChecksReason()).contains("CAB-77");
        assertThat(reviews.list(HACKNEY_MO).get(0).failedChecksReason()).contains("CAB-77");
        assertThat(store.audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("review");
            assertThat(e.changes()).containsKeys("failedChecks", "failedChecksReason");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyTheSecretaryRecordsAndChangesAMonitoringOfficerIsRefused(String name, Supplier<TestStore> db) {
        start(db);
        CouncilDecision camden = decisions.list(CAMDEN_MO).get(0);
        CouncilDecisionDraft own = new CouncilDecisionDraft("E09000007", "MO-1", "x", plv.decisions.api.DecisionMaker.CABINET,
                null, null, null, false, null, null, null, null, null, false, null, true, null, null, null, null, null, true,
                null, plv.decisions.api.DecisionStatus.FORWARD_PLAN, List.of(), null, null, null, null, false);
        int before = decisions.list(SECRETARY).size();
        int auditBefore = store.audit.size();
        assertThatThrownBy(() -> decisions.create(CAMDEN_MO, own)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only the company secretary");
        assertThatThrownBy(() -> decisions.update(CAMDEN_MO, camden.id(), camden.version(), camden.details()))
                .isInstanceOf(AccessDeniedException.class);
        DelegationRegister delegations = new DelegationRegister(data);
        Delegation del = delegations.forDecision(CAMDEN_MO, camden.id()).get(0);
        assertThatThrownBy(() -> delegations.create(CAMDEN_MO, camden.id(), del.terms())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delegations.update(CAMDEN_MO, del.id(), del.version(), del.terms())).isInstanceOf(AccessDeniedException.class);
        OfficerDecision rec = records.underDelegation(CAMDEN_MO, del.id()).get(0);
        assertThatThrownBy(() -> records.record(CAMDEN_MO, del.id(), rec.record())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.update(CAMDEN_MO, rec.id(), rec.version(), rec.record())).isInstanceOf(AccessDeniedException.class);
        assertThat(decisions.list(SECRETARY)).hasSize(before);
        assertThat(store.audit).hasSize(auditBefore);
        assertThat(decisions.create(SECRETARY, own).details().reference()).isEqualTo("MO-1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void delegationsAndOfficerDecisionsAreEditedVersionedAuditedAndStaleEditsRefused(String name, Supplier<TestStore> db) {
        start(db);
        DelegationRegister delegations = new DelegationRegister(data);
        Delegation del = delegations.list(CAMDEN_MO).get(0);
        DelegationDraft t = del.terms();
        DelegationDraft limited = new DelegationDraft(t.officerPost(), "A. Director", t.consulteePosts(), t.scope(), 2_000_000L,
                t.conditions(), t.expires(), t.finalDetermination(), t.startsOn(), t.matters());
        Delegation changed = delegations.update(SECRETARY, del.id(), del.version(), limited);
        assertThat(changed.version()).isGreaterThan(del.version());
        assertThat(changed.terms().financialLimitPence()).isEqualTo(2_000_000L);
        assertThatThrownBy(() -> delegations.update(SECRETARY, del.id(), del.version(), t)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("update");
            assertThat(e.changes()).containsOnlyKeys("officerName", "financialLimitPence");
        });

        // two sessions read the same version; the first edit wins, the second is refused and changes nothing
        OfficerDecision read1 = records.underDelegation(SECRETARY, del.id()).get(0);
        OfficerDecision read2 = records.get(SECRETARY, read1.id());
        OfficerDecisionDraft r = read1.record();
        OfficerDecisionDraft published = new OfficerDecisionDraft(r.decisionDate(), r.title(), r.decision(), r.reasons(),
                r.alternativesRejected(), r.officerName(), r.officerPost(), r.consultations(), r.conflictsDeclared(),
                r.dispensations(), r.documents(), r.valuePence(), r.exempt(), r.exemptParagraph(), r.matter(), r.decisionDate().plusDays(1));
        OfficerDecision first = records.update(SECRETARY, read1.id(), read1.version(), published);
        assertThat(first.version()).isGreaterThan(read1.version());
        OfficerDecisionDraft other = new OfficerDecisionDraft(r.decisionDate(), "Another title", r.decision(), r.reasons(),
                r.alternativesRejected(), r.officerName(), r.officerPost(), r.consultations(), r.conflictsDeclared(),
                r.dispensations(), r.documents(), r.valuePence(), r.exempt(), r.exemptParagraph(), r.matter(), r.publishedOn());
        assertThatThrownBy(() -> records.update(SECRETARY, read2.id(), read2.version(), other)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(records.get(SECRETARY, read1.id()).record().title()).isEqualTo(r.title());
        assertThat(records.get(SECRETARY, read1.id()).record().publishedOn()).isEqualTo(r.decisionDate().plusDays(1));
        assertThat(store.audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("update");
            assertThat(e.recordType()).isEqualTo(OfficerDecisionRegister.RECORD_TYPE);
            assertThat(e.changes()).containsOnlyKeys("publishedOn");
        });

        // once confirmed within delegation, the record is locked with its review
        ReviewCase c = reviews.reviewCase(CAMDEN_MO, read1.id());
        reviews.submit(CAMDEN_MO, confirm(c));
        OfficerDecision confirmed = records.get(SECRETARY, read1.id());
        assertThatThrownBy(() -> records.update(SECRETARY, confirmed.id(), confirmed.version(), other))
                .isInstanceOf(ValidationException.class).hasMessageContaining("locked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void officerDecisionPublishedLateOrNotAtAllIsFlagged(String name, Supplier<TestStore> db) {
        start(db);
        assertThat(records.list(SECRETARY)).filteredOn(o -> o.record().title().contains("mobilisation")).singleElement()
                .satisfies(o -> assertThat(o.warnings()).extracting(DecisionWarning::code).containsExactly(DecisionWarning.PUBLICATION));
        assertThat(records.list(CAMDEN_MO)).allSatisfy(o -> assertThat(o.warnings()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void callInPeriodIsSetPerCouncil(String name, Supplier<TestStore> db) {
        start(db);
        DecisionData sevenDays = new DecisionData(store, new DecisionRules(WorkingDays.englandAndWales(), 5,
                DecisionData.councilCallIn(new String[] {"E09000012=7"}), 10, 5), new LondonAuthorityList(),
                PlvClock.fixedOn(LocalDate.of(2026, 6, 1)));
        // Hackney's constitution (illustrative) gives 7 working days from publication on Tuesday 28 March 2023: 29-31 March, 3-6 April
        assertThat(new CouncilDecisionRegister(sevenDays).list(HACKNEY_MO).get(0).callInEnds()).isEqualTo(LocalDate.of(2023, 4, 6));
        assertThat(new CouncilDecisionRegister(sevenDays).list(CAMDEN_MO).get(0).callInEnds()).isEqualTo(LocalDate.of(2023, 3, 23));
        assertThatThrownBy(() -> DecisionData.councilCallIn(new String[] {"Hackney=7"})).hasMessageContaining("E09000010=5");
    }

    private static CouncilStanding standing(List<CouncilStanding> lines, String gss) {
        return lines.stream().filter(l -> l.authority().gss().equals(gss)).findFirst().orElseThrow();
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static ReviewSubmission confirm(ReviewCase c) {
        return new ReviewSubmission(c.record().id(), checks(c), conditions(c, true), ReviewOutcome.CONFIRMED, "Within delegation.", null);
    }

    private static List<ConsulteeCheck> checks(ReviewCase c) {
        return c.delegation().terms().consulteePosts().stream().map(p -> new ConsulteeCheck(p, true, LocalDate.of(2023, 3, 25))).toList();
    }

    private static List<ConditionCheck> conditions(ReviewCase c, boolean met) {
        return c.delegation().terms().conditions().stream().map(p -> new ConditionCheck(p, met, null)).toList();
    }
}
