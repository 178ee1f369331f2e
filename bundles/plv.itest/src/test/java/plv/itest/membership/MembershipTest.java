package plv.itest.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.itest.platform.Itest;
import plv.membership.api.AgreementEventType;
import plv.membership.api.AgreementTemplate;
import plv.membership.api.AgreementTerms;
import plv.membership.api.BreakNotice;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.Contributions;
import plv.membership.api.DeadlineKind;
import plv.membership.api.Deadlines;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IncomeReport;
import plv.membership.api.IssuedStatement;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.membership.api.MemberRegister;
import plv.membership.api.MembershipStatus;
import plv.membership.api.NonMemberIncome;
import plv.membership.api.RenewalRatification;
import plv.membership.api.RenewalStatus;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.persistence.Database;
import plv.platform.api.web.DashboardPanel;
import plv.platform.security.api.UserDirectory;

/**
 * The membership services inside the real framework on this run's database: migrations and the 33 authorities, a
 * break notice refused when too late and accepted in time (audited, status "notice given"), and the monitoring
 * officer limited to their own council. The tests re-use two fixed authorities and reset their terms by variation,
 * so they can run again on the same database.
 */
@Requirement(namespace = "osgi.service", filter = "(objectClass=plv.membership.api.MemberAgreements)")
@Requirement(namespace = "osgi.service", filter = "(objectClass=plv.membership.api.Deadlines)")
@Requirement(namespace = "osgi.identity", filter = "(osgi.identity=plv.membership.web)")
@ExtendWith(ServiceExtension.class)
class MembershipTest {

    static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);
    static final Actor BARNET_MO = new Actor("mo.barnet.itest", "Barnet MO", Role.MONITORING_OFFICER, "E09000003");
    static final String LATE = "E09000030";
    static final String IN_TIME = "E09000031";
    static final String RATIFIED = "E09000028";
    static final String UNRATIFIED = "E09000032";
    static final String OFFSET = "E09000033";

    @InjectService(timeout = 30_000)
    static MemberRegister register;
    @InjectService(timeout = 30_000)
    static MemberAgreements agreements;
    @InjectService(timeout = 30_000)
    static Contributions contributions;
    @InjectService(timeout = 30_000)
    static Deadlines deadlines;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;
    @InjectService(timeout = 30_000)
    static Database database;
    @InjectService(timeout = 30_000)
    static List<DashboardPanel> panels;
    @InjectService(timeout = 30_000)
    static UserDirectory users;

    @InjectBundleContext
    BundleContext context;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    static AgreementTemplate template() {
        return agreements.templates().stream().filter(t -> t.name().equals("itest agreement")).findFirst()
                .orElseGet(() -> agreements.createTemplate(SECRETARY, "itest agreement",
                        new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 10, 5, 6, true)));
    }

    /** Gives {@code gss} an agreement with these terms: made if absent, varied if present; any notice withdrawn. */
    static MemberAgreement agreementWith(String gss, AgreementTerms terms) {
        Optional<MemberAgreement> existing = agreements.agreementOf(SECRETARY, gss, today());
        if (existing.isEmpty()) {
            return agreements.create(SECRETARY, gss, template().id(), terms, null);
        }
        if (existing.get().noticeServed()) {
            agreements.withdrawNotice(SECRETARY, gss, today(), "itest reset");
        }
        return agreements.vary(SECRETARY, gss, terms, today(), "itest reset");
    }

    @Test
    void migrationsAreAppliedAndThe33AuthoritiesLoaded() {
        assertThat(database.schemaVersions()).anySatisfy(v -> {
            assertThat(v.owner()).isEqualTo("plv.membership.core");
            assertThat(v.version()).isGreaterThanOrEqualTo(2);
        });
        assertThat(register.members(SECRETARY)).hasSize(33).first().satisfies(m -> {
            assertThat(m.gssCode()).isEqualTo("E09000001");
            assertThat(m.name()).isEqualTo("City of London");
        });
    }

    @Test
    void breakNoticeTooLateIsRefusedWithBothDatesAndTheNextBreak() {
        // the break falls a month from today, so its 6-month notice deadline has passed
        LocalDate start = today().plusMonths(1).minusYears(3);
        MemberAgreement a = agreementWith(LATE, new AgreementTerms(start, 5, 3, 10, 5, 6, false));
        LocalDate breakDate = a.terms().termStart().plusYears(3).minusDays(1);
        assertThatThrownBy(() -> agreements.serveBreakNotice(SECRETARY, LATE, new BreakNotice(today(), "Director", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining(today().toString())
                .hasMessageContaining(breakDate.minusMonths(6).toString()).hasMessageContaining(breakDate.toString())
                .hasMessageContaining("the next date the membership can end is " + a.dates().membershipEnd())
                .hasMessageContaining("no renewal has been ratified");
        assertThat(agreements.agreementOf(SECRETARY, LATE, today()).orElseThrow().noticeServed()).isFalse();
    }

    @Test
    void breakNoticeInTimeIsAuditedAndGivesNotice() {
        // the break falls about a year from today: its notice deadline is about six months away
        LocalDate start = today().plusYears(1).minusYears(3);
        agreementWith(IN_TIME, new AgreementTerms(start, 5, 3, 10, 5, 6, false));
        MemberAgreement a = agreements.serveBreakNotice(SECRETARY, IN_TIME, new BreakNotice(today(), "Director", null));
        assertThat(a.noticeServed()).isTrue();
        assertThat(a.breakTakenOn()).isEqualTo(start.plusYears(3).minusDays(1));
        assertThat(register.member(SECRETARY, IN_TIME).orElseThrow().status()).isEqualTo(MembershipStatus.NOTICE_GIVEN);
        assertThat(audit.forRecord("member-agreement", IN_TIME)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("break-notice-served");
            assertThat(r.actor()).isEqualTo("sec.itest");
        });
        assertThat(deadlines.upcoming(SECRETARY, today(), 400)).anySatisfy(d -> {
            assertThat(d.gssCode()).isEqualTo(IN_TIME);
            assertThat(d.date()).isEqualTo(a.breakTakenOn());
        });
        assertThat(panels).anySatisfy(p -> assertThat(p.title()).isEqualTo("Deadlines in the next 90 days"));
    }

    /**
     * Seed 000: renewal is "subject to ratification". Two members on the 2023 terms, fee £20,000 from 1 April 2027: both
     * pay for 2027-28; for 2028-29 only the one whose renewal is ratified pays, the other's membership having ended on
     * 31 March 2028.
     */
    @Test
    void noFeeAfter31March2028WithoutRatificationAndFeesContinueWithIt() {
        baseFeeSchedule();
        member2023(UNRATIFIED, false);
        member2023(RATIFIED, true);
        MemberAgreement unratified = agreements.agreementOf(SECRETARY, UNRATIFIED, today()).orElseThrow();
        assertThat(unratified.renewal().status()).isEqualTo(RenewalStatus.NOT_RATIFIED);
        assertThat(unratified.lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
        MemberAgreement ratified = agreements.agreementOf(SECRETARY, RATIFIED, today()).orElseThrow();
        assertThat(ratified.renewal().status()).isEqualTo(RenewalStatus.RATIFIED);
        assertThat(ratified.renewal().decisionReference()).isEqualTo("ITEST-RAT-1");

        ContributionSchedule y2027 = contributions.schedule(SECRETARY, 2027);
        assertThat(line(y2027, RATIFIED)).isEqualTo(2_000_000L);
        assertThat(line(y2027, UNRATIFIED)).isEqualTo(2_000_000L);
        ContributionSchedule y2028 = contributions.schedule(SECRETARY, 2028);
        assertThat(line(y2028, RATIFIED)).isEqualTo(2_000_000L);
        assertThat(line(y2028, UNRATIFIED)).isNull();
        assertThat(deadlines.upcoming(SECRETARY, LocalDate.of(2028, 3, 1), 60))
                .anySatisfy(d -> {
                    assertThat(d.gssCode()).isEqualTo(UNRATIFIED);
                    assertThat(d.kind()).isEqualTo(DeadlineKind.RENEWAL_RATIFICATION);
                    assertThat(d.date()).isEqualTo(LocalDate.of(2028, 3, 31));
                })
                .noneSatisfy(d -> assertThat(d.gssCode() + d.kind()).isEqualTo(RATIFIED + DeadlineKind.RENEWAL_RATIFICATION));
    }

    /**
     * Seed 000: unused places sold to other authorities "could reduce the annual membership contribution". Two members
     * at £20,000.00 in 2030-31; a programme reports £1,000.01 of sales: 100,001p shared in proportion to their equal
     * fees is 50,000.5p each, the odd penny to the lower GSS code, so they pay £19,499.99 and £19,500.00.
     */
    @Test
    void salesIncomeOffsetsAFixedFeeYearToThePenny() throws Exception {
        baseFeeSchedule();
        member2023(RATIFIED, true);
        member2023(OFFSET, true);
        ContributionSchedule before = contributions.schedule(SECRETARY, 2030);
        assertThat(before.lines()).extracting(l -> l.gssCode()).containsExactlyInAnyOrder(RATIFIED, OFFSET);
        assertThat(before.totalPence()).isEqualTo(4_000_000);
        NonMemberIncome sales = year -> year == 2030
                ? Optional.of(new IncomeReport("itest programme", 100_001, "1 place sold for part of the year"))
                : Optional.empty();
        ServiceRegistration<NonMemberIncome> registration = context.registerService(NonMemberIncome.class, sales, null);
        try {
            ContributionSchedule after = contributions.schedule(SECRETARY, 2030);
            for (int i = 0; i < 50 && after.totalPence() == before.totalPence(); i++) {
                Thread.sleep(100);
                after = contributions.schedule(SECRETARY, 2030);
            }
            assertThat(after.totalPence()).isEqualTo(3_899_999);
            assertThat(line(after, RATIFIED)).isEqualTo(1_949_999L);
            assertThat(line(after, OFFSET)).isEqualTo(1_950_000L);
            assertThat(after.working()).anySatisfy(w -> assertThat(w).contains("itest programme £1,000.01"))
                    .anySatisfy(w -> assertThat(w).startsWith("Under the fixed fee the income reduces the fees: £1,000.01"));
            assertThat(contributions.schedule(SECRETARY, 2029).totalPence()).isEqualTo(4_000_000);
        } finally {
            registration.unregister();
        }
        assertThat(contributions.schedule(SECRETARY, 2030).totalPence()).isEqualTo(4_000_000);
    }

    /**
     * An issued statement does not move: 2031-32 is issued (£20,000.00 a member), then a fee schedule of £25,000 from
     * 1 April 2031 is recorded. The issued 2031-32 is unchanged to the byte (same SHA-256), the rules now give £25,000,
     * 2030-31 keeps £20,000, and a correction shows +£5,000.00 for each member.
     */
    @Test
    void anEffectiveDatedChangeLeavesAnIssuedStatementUnchanged() {
        baseFeeSchedule();
        member2023(RATIFIED, true);
        member2023(OFFSET, true);
        contributions.setFeeSchedule(SECRETARY, new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000,
                LocalDate.of(2027, 4, 1), null, LocalDate.of(2031, 4, 1)));
        List<IssuedStatement> before = contributions.issued(SECRETARY, 2031);
        IssuedStatement issued = before.isEmpty() ? contributions.issue(SECRETARY, 2031, "itest") : before.get(0);
        assertThat(line(issued.schedule(), RATIFIED)).isEqualTo(2_000_000L);

        contributions.setFeeSchedule(SECRETARY, new FeeSchedule(FundingModel.FIXED_FEE, 2_500_000,
                LocalDate.of(2027, 4, 1), null, LocalDate.of(2031, 4, 1)));
        assertThat(contributions.issued(SECRETARY, 2031).get(0)).satisfies(i -> {
            assertThat(i.sha256()).isEqualTo(issued.sha256());
            assertThat(i.schedule()).isEqualTo(issued.schedule());
        });
        assertThat(line(contributions.workedOut(SECRETARY, 2031), RATIFIED)).isEqualTo(2_500_000L);
        assertThat(line(contributions.schedule(SECRETARY, 2030), RATIFIED)).isEqualTo(2_000_000L);
        if (before.size() < 2) {
            IssuedStatement correction = contributions.correct(SECRETARY, 2031, "Fee for 2031-32 raised to £25,000");
            assertThat(correction.correctsId()).isEqualTo(issued.id());
            assertThat(correction.differences()).filteredOn(d -> d.gssCode().equals(RATIFIED)).singleElement()
                    .satisfies(d -> assertThat(d.differencePence()).isEqualTo(500_000));
        }
        assertThat(line(contributions.schedule(SECRETARY, 2031), RATIFIED)).isEqualTo(2_500_000L);
        assertThat(audit.forRecord("contributions-statement", String.valueOf(issued.id())))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("issue"));
    }

    /**
     * The secretary chooses the alternative model and sets its figures through the API (Bearer token), and
     * {@code GET /api/agreements} gives each agreement's next exit and renewal.
     */
    @Test
    void theSecretarySetsTheFundingModelThroughTheApiAndTheAgreementsGiveTheirRenewal() throws Exception {
        member2023(RATIFIED, true);
        member2023(UNRATIFIED, false);
        String token = Itest.calendarToken(users, Role.SECRETARY);
        HttpResponse<String> agreementsJson = http("GET", "/api/agreements", token, null);
        assertThat(agreementsJson.statusCode()).isEqualTo(200);
        assertThat(agreementsJson.body()).contains("\"nextExit\"").contains("\"renewal\"")
                .contains("\"status\":\"RATIFIED\"").contains("\"decisionReference\":\"ITEST-RAT-1\"")
                .contains("\"status\":\"NOT_RATIFIED\"");

        HttpResponse<String> refused = http("POST", "/api/fees/schedule", token,
                "{\"effectiveFrom\":\"2040-05-01\",\"model\":\"SHARED_TOTAL\",\"triggerDate\":\"2027-04-01\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("effectiveFrom").contains("1 April");
        HttpResponse<String> saved = http("POST", "/api/fees/schedule", token,
                "{\"effectiveFrom\":\"2040-04-01\",\"model\":\"SHARED_TOTAL\",\"annualFee\":\"0\","
                        + "\"triggerDate\":\"2027-04-01\",\"indexation\":null}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> figures = http("POST", "/api/fees/shared-funding", token,
                "{\"financialYear\":2040,\"totalCost\":\"620000.00\",\"basis\":\"EQUAL\",\"places\":24,"
                        + "\"emergencyPlaces\":2,\"placesSold\":1,\"pricePerPlace\":\"300000.00\"}");
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        assertThat(contributions.feeSchedule(2040).model()).isEqualTo(FundingModel.SHARED_TOTAL);
        assertThat(contributions.feeSchedule(2039).model()).isEqualTo(FundingModel.FIXED_FEE);
        assertThat(contributions.sharedFunding(2041).orElseThrow().netPence()).isEqualTo(32_000_000);
        assertThat(http("GET", "/api/fees", token, null).body()).contains("SHARED_TOTAL").contains("2040-41");
    }

    static HttpResponse<String> http(String method, String path, String token, String json) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token);
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        Itest.get("/api/me");
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The fee the tests charge: £20,000 a member from 1 April 2027, no indexation. */
    static void baseFeeSchedule() {
        contributions.setFeeSchedule(SECRETARY, new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000,
                LocalDate.of(2027, 4, 1), null, LocalDate.of(2023, 4, 1)));
    }

    /** {@code gss} a member on the 2023 terms since 1 April 2023, its renewal ratified or not. */
    static void member2023(String gss, boolean ratify) {
        MemberAgreement a = agreementWith(gss, new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 10, 5, 6, true));
        if (a.events().stream().noneMatch(e -> e.type() == AgreementEventType.SIGNED)) {
            agreements.sign(SECRETARY, gss, LocalDate.of(2023, 4, 1), "Director", null);
        }
        if (ratify && agreements.agreementOf(SECRETARY, gss, today()).orElseThrow().renewal().status()
                != RenewalStatus.RATIFIED) {
            agreements.ratifyRenewal(SECRETARY, gss, new RenewalRatification(today(), "Cabinet", "ITEST-RAT-1", null));
        }
    }

    static Long line(ContributionSchedule s, String gss) {
        return s.lines().stream().filter(l -> l.gssCode().equals(gss)).map(l -> l.totalPence()).findFirst().orElse(null);
    }

    @Test
    void representativeAppointedThenCeasedStaysInTheHistory() {
        String gss = "E09000029";
        Member before = register.member(SECRETARY, gss).orElseThrow();
        LocalDate on = before.representatives().stream().map(r -> r.ceasedOn() != null ? r.ceasedOn() : r.appointedOn())
                .max(LocalDate::compareTo).orElse(LocalDate.of(2023, 4, 1)).plusDays(1);
        register.appointRepresentative(SECRETARY, gss, "Itest Representative", on, "ITEST-1");
        assertThatThrownBy(() -> register.ceaseRepresentative(BARNET_MO, gss, on.plusDays(10), "x"))
                .isInstanceOf(AccessDeniedException.class);
        Member after = register.ceaseRepresentative(SECRETARY, gss, on.plusDays(10), "itest");
        assertThat(after.representatives()).hasSize(before.representatives().size() + 1);
        assertThat(after.representatives().get(after.representatives().size() - 1)).satisfies(r -> {
            assertThat(r.personName()).isEqualTo("Itest Representative");
            assertThat(r.ceasedOn()).isEqualTo(on.plusDays(10));
        });
        assertThatThrownBy(() -> register.ceaseRepresentative(SECRETARY, gss, on.plusDays(11), "again"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no corporate representative in office");
    }

    @Test
    void monitoringOfficerSeesOnlyTheirCouncilAndCannotChangeAnything() {
        assertThat(register.members(BARNET_MO)).extracting(m -> m.gssCode()).containsExactly("E09000003");
        assertThatThrownBy(() -> register.member(BARNET_MO, "E09000004")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.changeStatus(BARNET_MO, "E09000003", MembershipStatus.CEASED, today(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        ContributionSchedule s = contributions.schedule(BARNET_MO, 2028);
        assertThat(s.lines()).allSatisfy(l -> assertThat(l.gssCode()).isEqualTo("E09000003"));
    }

    @Test
    void pagesAndApiAreOnTheWhiteboardWithTheirServicesSatisfied() throws Exception {
        // the pages, the API and the old deadline addresses are routes, served by the shell's route servlets of
        // /members and /api; the bundle registers no servlet of its own
        for (String pattern : List.of("/members/*", "/api/*")) {
            assertThat(servlets(pattern)).as("servlet for %s", pattern).isNotEmpty();
        }
        assertThat(context.getServiceReferences("jakarta.servlet.Servlet", null)).isNotNull()
                .noneMatch(r -> r.getBundle().getSymbolicName().equals("plv.membership.web"));
        assertThat(context.getServiceReferences("plv.platform.api.web.route.WebRoutes", null)).isNotNull()
                .filteredOn(r -> r.getBundle().getSymbolicName().equals("plv.membership.web")).hasSize(5);
        assertThat(context.getServiceReferences("plv.platform.api.web.NavigationProvider", null)).isNotNull()
                .anySatisfy(r -> assertThat(r.getBundle().getSymbolicName()).isEqualTo("plv.membership.web"));
    }

    private ServiceReference<?>[] servlets(String pattern) throws InvalidSyntaxException, InterruptedException {
        String filter = "(osgi.http.whiteboard.servlet.pattern=" + pattern.replace("*", "\\*") + ")";
        long end = System.currentTimeMillis() + 30_000;
        ServiceReference<?>[] refs = context.getServiceReferences("jakarta.servlet.Servlet", filter);
        while ((refs == null || refs.length == 0) && System.currentTimeMillis() < end) {
            Thread.sleep(200);
            refs = context.getServiceReferences("jakarta.servlet.Servlet", filter);
        }
        return refs == null ? new ServiceReference<?>[0] : refs;
    }
}
