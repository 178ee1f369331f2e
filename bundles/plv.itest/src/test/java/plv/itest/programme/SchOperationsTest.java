package plv.itest.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.itest.platform.Itest;
import plv.membership.api.AgreementEventType;
import plv.membership.api.AgreementTerms;
import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.Contributions;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MemberAgreements;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.SchemaVersion;
import plv.platform.security.api.NewUser;
import plv.platform.security.api.UserDirectory;

/**
 * The Secure Children's Home's operations through its API, as the people who use it: the allocation rule (members
 * first, the reserve kept for an authorised member's emergency), the income from a place sold to a non-member and its
 * offsets in the members' contributions (to the penny), and the placing officer's scope. Placements are made from
 * 1 March 2028 (the default opening date is 4 January 2028), in the financial year 2027-28 whose fees the test sets.
 */
@ExtendWith(ServiceExtension.class)
class SchOperationsTest {

    static final String BASE = "/api/programmes/secure-childrens-home";
    static final Actor SECRETARY = new Actor("sec.itest", "Secretary", Role.SECRETARY, null);
    /** A member since 1 April 2023 (the same authority MembershipTest signs, on the same terms). */
    static final String MEMBER = "E09000028";
    static final String OTHER_MEMBER = "E09000033";
    static final String KENT = "E10000016";
    static final LocalDate D = LocalDate.of(2028, 3, 1);

    @InjectService(timeout = 30_000)
    static UserDirectory users;
    @InjectService(timeout = 30_000)
    static MemberAgreements agreements;
    @InjectService(timeout = 30_000)
    static Contributions contributions;
    @InjectService(timeout = 30_000)
    static Database database;

    @Test
    void theAllocationRuleTheSaleAndTheOffsetsToThePenny() throws Exception {
        assertThat(Itest.eventually(30, () -> database.schemaVersions().contains(new SchemaVersion("plv.programme.sch", 4))))
                .as("schema versions: %s", database.schemaVersions()).isTrue();
        memberSince2023(MEMBER);
        memberSince2023(OTHER_MEMBER);
        contributions.setFeeSchedule(SECRETARY, new FeeSchedule(FundingModel.FIXED_FEE, 2_000_000, LocalDate.of(2027, 4, 1), null,
                LocalDate.of(2023, 4, 1)));
        String officer = token(Role.COMMISSIONING_OFFICER, null);
        HttpResponse<String> price = http("POST", "/prices", officer,
                "{\"effectiveFrom\":\"2028-01-01\",\"memberWeekly\":\"7000.00\",\"nonMemberWeekly\":\"8050.00\"}");
        assertThat(price.statusCode()).as(price.body()).isIn(201, 400);

        long member = refer(officer, MEMBER, "PLANNED");
        long kent = refer(officer, KENT, "PLANNED");
        // members first: Kent waits while a member's referral waits
        HttpResponse<String> refused = accept(officer, kent, "");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("member referral is waiting");
        assertThat(accept(officer, member, "").statusCode()).isEqualTo(200);
        HttpResponse<String> sold = accept(officer, kent, "");
        assertThat(sold.statusCode()).as(sold.body()).isEqualTo(200);
        long kentPlacement = number(sold.body(), "\"id\":(\\d+)");

        // fill the secure unit until only the reserve (2) is free: 24 - 2 = 22 placed
        int placed = 2;
        while (placed < 22) {
            HttpResponse<String> r = accept(officer, refer(officer, MEMBER, "URGENT"), "");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            placed++;
        }
        long essex = refer(officer, "E10000012", "EMERGENCY");
        HttpResponse<String> reserveNotSold = accept(officer, essex, "Director of the PLV");
        assertThat(reserveNotSold.statusCode()).isEqualTo(400);
        assertThat(reserveNotSold.body()).contains("the reserve is never sold");
        assertThat(http("POST", "/referrals/" + essex + "/decline", officer, "{\"reason\":\"No place beyond the reserve\"}").statusCode())
                .isEqualTo(200);
        long urgent = refer(officer, MEMBER, "URGENT");
        assertThat(accept(officer, urgent, "Director of the PLV").body()).contains("for emergencies only");
        long emergency = refer(officer, MEMBER, "EMERGENCY");
        assertThat(http("POST", "/referrals/" + urgent + "/decline", officer, "{\"reason\":\"Placed elsewhere\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> unauthorised = accept(officer, emergency, " ");
        assertThat(unauthorised.statusCode()).isEqualTo(400);
        assertThat(unauthorised.body()).contains("once someone authorises it");
        assertThat(accept(officer, emergency, "Director of the PLV").statusCode()).isEqualTo(200);
        assertThat(http("GET", "/referrals/" + emergency, officer, null).body())
                .contains("\"reserveAuthorisedBy\":\"Director of the PLV\"").contains("\"decision\":\"ACCEPTED\"");

        // Kent's stay ends after 14 days: 14 × £8,050 ÷ 7 = £16,100.00 sold in 2027-28
        assertThat(http("POST", "/placements/" + kentPlacement + "/end", officer, "{\"day\":\"2028-03-14\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> sales = http("GET", "/sales?year=2027", token(Role.DIRECTOR, null), null);
        assertThat(sales.statusCode()).isEqualTo(200);
        assertThat(sales.body()).contains("\"incomePence\":1610000");

        ContributionSchedule schedule = contributions.schedule(SECRETARY, 2027);
        assertThat(schedule.lines()).isNotEmpty();
        assertThat(schedule.lines().stream().mapToLong(ContributionLine::incomeOffsetPence).sum()).isEqualTo(1_610_000);
        HttpResponse<String> json = get("/api/contributions?year=2027", token(Role.SECRETARY, null));
        assertThat(json.statusCode()).isEqualTo(200);
        long sum = 0;
        Matcher m = Pattern.compile("\"offsetPence\":(\\d+)").matcher(json.body());
        int lines = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
            lines++;
        }
        assertThat(lines).isEqualTo(schedule.lines().size());
        assertThat(sum).isEqualTo(1_610_000);
    }

    @Test
    void aPlacingOfficerSeesOnlyTheirCouncilAndDirectorsOnlyAggregates() throws Exception {
        String own = token(Role.PLACING_OFFICER, MEMBER);
        String other = token(Role.PLACING_OFFICER, OTHER_MEMBER);
        String director = token(Role.DIRECTOR, null);
        String officer = token(Role.COMMISSIONING_OFFICER, null);
        String reference = "PO-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        HttpResponse<String> made = http("POST", "/referrals", own, "{\"reference\":\"" + reference + "\",\"ageBand\":\"AGE_15_16\","
                + "\"legalBasis\":\"S25_ORDER\",\"needs\":[\"SELF_HARM\"],\"urgency\":\"PLANNED\",\"distanceMiles\":\"9\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.body()).contains("\"councilGss\":\"" + MEMBER + "\"");
        long id = number(made.body(), "\"id\":(\\d+)");
        // another council's referral cannot be made, seen by URL or listed
        assertThat(http("POST", "/referrals", own, "{\"reference\":\"PO-X1\",\"councilGss\":\"" + OTHER_MEMBER + "\",\"ageBand\":\"AGE_17\","
                + "\"legalBasis\":\"S25_ORDER\",\"needs\":[\"SELF_HARM\"],\"urgency\":\"PLANNED\"}").statusCode()).isEqualTo(403);
        assertThat(http("GET", "/referrals/" + id, other, null).statusCode()).isEqualTo(404);
        assertThat(http("GET", "/referrals", other, null).body()).doesNotContain(reference).doesNotContain("\"councilGss\":\"" + MEMBER + "\"");
        assertThat(http("GET", "/placements", other, null).body()).doesNotContain("\"councilGss\":\"" + MEMBER + "\"");
        assertThat(http("GET", "/referrals/" + id, own, null).body()).contains(reference).contains("\"ruleToday\"");
        // a placing officer does not decide
        assertThat(http("POST", "/referrals/" + id + "/decline", own, "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        // directors: aggregates only
        assertThat(http("GET", "/referrals", director, null).statusCode()).isEqualTo(403);
        assertThat(http("GET", "/placements", director, null).statusCode()).isEqualTo(403);
        HttpResponse<String> occupancy = http("GET", "/occupancy?from=2028-01-04&to=2028-12-31&by=council", director, null);
        assertThat(occupancy.statusCode()).isEqualTo(200);
        assertThat(occupancy.body()).contains("\"targetPercent\"").doesNotContain(reference);
        assertThat(http("GET", "/places", director, null).body()).doesNotContain(reference).doesNotContain("\"placementId\":1");
        assertThat(http("GET", "/occupancy?by=nonsense", director, null).statusCode()).isEqualTo(400);
        // anonymous: nothing
        assertThat(get(BASE + "/referrals", null).statusCode()).isEqualTo(401);
        // the commissioning officer decides (and leaves no member referral waiting for the other test)
        assertThat(http("POST", "/referrals/" + id + "/decline", officer, "{\"reason\":\"Test referral\"}").statusCode()).isEqualTo(200);
        // a name in the notes is warned about and nothing is recorded
        HttpResponse<String> named = http("POST", "/referrals", own, "{\"reference\":\"PO-N1\",\"ageBand\":\"AGE_17\",\"legalBasis\":\"S25_ORDER\","
                + "\"needs\":[\"MISSING\"],\"urgency\":\"PLANNED\",\"notes\":\"Lives at 14 Acacia Avenue, N1 9GU\"}");
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(named.body()).contains("address");
    }

    // ---- helpers

    private static long refer(String token, String council, String urgency) throws Exception {
        String ref = "IT-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        String name = council.startsWith("E09") ? "" : ",\"councilName\":\"" + (council.equals(KENT) ? "Kent County Council" : "Essex County Council") + "\"";
        HttpResponse<String> r = http("POST", "/referrals", token, "{\"reference\":\"" + ref + "\",\"councilGss\":\"" + council + "\"" + name
                + ",\"ageBand\":\"AGE_13_14\",\"legalBasis\":\"S25_ORDER\",\"needs\":[\"EXPLOITATION\",\"MISSING\"],\"urgency\":\"" + urgency
                + "\",\"distanceMiles\":\"12\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return number(r.body(), "\"id\":(\\d+)");
    }

    private static HttpResponse<String> accept(String token, long referral, String authorisedBy) throws Exception {
        return http("POST", "/referrals/" + referral + "/accept", token, "{\"start\":\"" + D + "\",\"plannedEnd\":\"" + D.plusWeeks(12)
                + "\",\"authorisedBy\":\"" + authorisedBy + "\"}");
    }

    private static long number(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String token(Role role, String council) {
        String name = role.id() + ".sch." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        users.create(SECRETARY, new NewUser(name, "SCH test " + name, role, council, "a long enough password"));
        return users.issueToken(SECRETARY, name, "SCH itest").secret();
    }

    static HttpResponse<String> http(String method, String path, String token, String json) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + BASE + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token);
        b = json == null ? b.GET() : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        Itest.get("/api/me");
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + Itest.property("plv.http.port") + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code gss} a member since 1 April 2023 on the 2023 terms (agreement made if absent, signed if not yet). */
    static void memberSince2023(String gss) {
        AgreementTerms terms = new AgreementTerms(LocalDate.of(2023, 4, 1), 5, 3, 10, 5, 6, true);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Optional<MemberAgreement> existing = agreements.agreementOf(SECRETARY, gss, today);
        MemberAgreement a = existing.orElseGet(() -> agreements.create(SECRETARY, gss, agreements.templates().stream()
                .filter(t -> t.name().equals("itest agreement")).findFirst()
                .orElseGet(() -> agreements.createTemplate(SECRETARY, "itest agreement", terms)).id(), terms, null));
        if (a.events().stream().noneMatch(e -> e.type() == AgreementEventType.SIGNED)) {
            agreements.sign(SECRETARY, gss, LocalDate.of(2023, 4, 1), "Director", null);
        }
    }
}
