package plv.decisions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
        Clock clock = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
        data = new DecisionData(store, new DecisionRules(new WorkingDays(BankHolidaysTest.HOLIDAYS), 5, 10),
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
        ReviewSubmission noQuestion = new ReviewSubmission(c.record().id(), checks(c), conditions(c, true), ReviewOutcome.QUERY_RAISED, " ");
        assertThatThrownBy(() -> reviews.submit(HACKNEY_MO, noQuestion)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field()).contains("comments"));
        ReviewSubmission notMet = new ReviewSubmission(c.record().id(), checks(c), conditions(c, false), ReviewOutcome.CONFIRMED, null);
        assertThatThrownBy(() -> reviews.submit(HACKNEY_MO, notMet)).isInstanceOf(ValidationException.class);
        reviews.submit(HACKNEY_MO, new ReviewSubmission(c.record().id(), checks(c), conditions(c, true),
                ReviewOutcome.QUERY_RAISED, "Was the revised business case completed before this decision?"));
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
        CouncilDecision enfieldForViewer = decisions.list(VIEWER).stream().filter(d -> d.details().reference().equals("KD 5483")).findFirst().orElseThrow();
        assertThat(enfieldForViewer.withheld()).isTrue();
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
        DecisionData later = new DecisionData(store, new DecisionRules(new WorkingDays(BankHolidaysTest.HOLIDAYS), 5, 10),
                new LondonAuthorityList(), Clock.fixed(LocalDate.of(2026, 8, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                        ZoneId.of("Europe/London")));
        CouncilStanding camdenLater = standing(new CouncilStandings(later).standings(SECRETARY), "E09000007");
        assertThat(camdenLater.standing()).isEqualTo(Standing.ATTENTION);
        assertThat(camdenLater.overdue()).isEqualTo(2);
        assertThat(new OfficerDecisionRegister(later).list(CAMDEN_MO)).allMatch(OfficerDecision::overdue);
        CouncilDecision hackney = decisions.list(HACKNEY_MO).get(0);
        assertThat(hackney.warnings()).extracting(DecisionWarning::code).containsExactly(DecisionWarning.NOTICE_PERIOD);
        assertThat(hackney.callInEnds()).isEqualTo(LocalDate.of(2023, 4, 3));
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

    private static CouncilStanding standing(List<CouncilStanding> lines, String gss) {
        return lines.stream().filter(l -> l.authority().gss().equals(gss)).findFirst().orElseThrow();
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static ReviewSubmission confirm(ReviewCase c) {
        return new ReviewSubmission(c.record().id(), checks(c), conditions(c, true), ReviewOutcome.CONFIRMED, "Within delegation.");
    }

    private static List<ConsulteeCheck> checks(ReviewCase c) {
        return c.delegation().terms().consulteePosts().stream().map(p -> new ConsulteeCheck(p, true, LocalDate.of(2023, 3, 25))).toList();
    }

    private static List<ConditionCheck> conditions(ReviewCase c, boolean met) {
        return c.delegation().terms().conditions().stream().map(p -> new ConditionCheck(p, met, null)).toList();
    }
}
