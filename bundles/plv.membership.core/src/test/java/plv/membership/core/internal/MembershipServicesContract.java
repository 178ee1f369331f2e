package plv.membership.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import plv.membership.api.AgreementEventType;
import plv.membership.api.BreakNotice;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.Deadline;
import plv.membership.api.DeadlineKind;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.MembershipStatus;
import plv.membership.api.StoredDocument;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IssuedStatement;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.membership.api.Renewal;
import plv.membership.api.RenewalRatification;
import plv.membership.api.RenewalStatus;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;

/** The membership services over a real database; run on Derby and on PostgreSQL by the two subclasses. */
abstract class MembershipServicesContract {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Actor SECRETARY = new Actor("secretary", "Company Secretary", Role.SECRETARY, null);
    static final Actor BARNET_MO = new Actor("mo.barnet", "Monitoring Officer", Role.MONITORING_OFFICER, "E09000003");
    static final Actor VIEWER = new Actor("viewer", "Viewer", Role.VIEWER, null);

    TestStore store;

    abstract TestStore newStore();

    @BeforeEach
    void open() {
        store = newStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }

    /** The services as they would run on {@code today}. */
    final class Services {
        final MembershipStore data;
        final MemberRegisterService register;
        final MemberAgreementsService agreements;
        final ContributionsService contributions;
        final IndexSeriesService indices;
        final DeadlinesService deadlines;
        final MemberDocumentsService documents;

        Services(LocalDate today) {
            data = new MembershipStore(store, Clock.fixed(today.atStartOfDay(LONDON).toInstant(), LONDON));
            register = new MemberRegisterService(data);
            agreements = new MemberAgreementsService(data);
            contributions = new ContributionsService(data);
            indices = new IndexSeriesService(data);
            deadlines = new DeadlinesService(data);
            documents = new MemberDocumentsService(data, 1024);
        }

        void demo() {
            assertThat(DemoData.record(data)).isTrue();
        }
    }

    Services on(String day) {
        return new Services(LocalDate.parse(day));
    }

    @Test
    void migrationsLoadThe33LondonAuthoritiesAsNotEngaged() {
        List<Member> members = on("2026-11-23").register.members(SECRETARY);
        assertThat(members).hasSize(33);
        assertThat(members.get(0).gssCode()).isEqualTo("E09000001");
        assertThat(members.get(0).name()).isEqualTo("City of London");
        assertThat(members).allSatisfy(m -> assertThat(m.status()).isEqualTo(MembershipStatus.NOT_ENGAGED));
    }

    @Test
    void demoRecords31MembersAnd2CommittedOnlyOnce() {
        Services s = on("2026-11-23");
        s.demo();
        List<Member> members = s.register.members(SECRETARY);
        assertThat(members.stream().filter(m -> m.status() == MembershipStatus.MEMBER)).hasSize(31);
        assertThat(members.stream().filter(m -> m.status() == MembershipStatus.COMMITTED)).hasSize(2);
        Member barnet = s.register.member(SECRETARY, "E09000003").orElseThrow();
        assertThat(barnet.history()).extracting(h -> h.status())
                .containsExactly(MembershipStatus.AGREED_IN_PRINCIPLE, MembershipStatus.MEMBER);
        // illustrative signing date (the seeds do not say when each council signed), marked so in the record
        assertThat(barnet.registeredOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(barnet.history().get(1).reason()).contains("illustrative");
        assertThat(DemoData.record(s.data)).isFalse();
        // seed 004: by November 2023, 31 authorities had agreed in principle and the other 2 had committed
        List<Member> nov2023 = on("2023-11-30").register.members(SECRETARY);
        assertThat(nov2023.stream().filter(m -> m.status() == MembershipStatus.AGREED_IN_PRINCIPLE)).hasSize(31);
        assertThat(nov2023.stream().filter(m -> m.status() == MembershipStatus.COMMITTED)).hasSize(2);
        assertThat(s.agreements.agreements(SECRETARY, LocalDate.of(2026, 11, 23))).hasSize(31);
    }

    @Test
    void demoScheduleIs31Times20000InTheFirstFeeYearAndAddsUpExactly() {
        Services s = on("2026-11-23");
        s.demo();
        assertThat(s.contributions.schedule(SECRETARY, 2027).totalPence()).isZero();
        // 29 of the 31 members have ratified the renewal from 1 April 2028 in the demo; the other 2 pay nothing after
        // 31 March 2028
        ContributionSchedule y2028 = s.contributions.schedule(SECRETARY, 2028);
        assertThat(y2028.lines()).hasSize(29).allSatisfy(l -> assertThat(l.totalPence()).isEqualTo(2_000_000));
        assertThat(y2028.totalPence()).isEqualTo(58_000_000);
        // the demo's CPI sample ends in October 2026, so the 2029-30 uplift is provisional until values are entered
        assertThat(s.contributions.schedule(SECRETARY, 2029).working())
                .contains("CPI 2028-01 not recorded yet: no uplift applied (provisional).");
        s.indices.setValue(SECRETARY, "CPI", null, java.time.YearMonth.of(2028, 1), new BigDecimal("140.0"));
        s.indices.setValue(SECRETARY, "CPI", null, java.time.YearMonth.of(2029, 1), new BigDecimal("143.5"));
        // 143.5 / 140.0 = 1.025: £20,000.00 × 1.025 = £20,500.00 each, × 29 = £594,500.00
        ContributionSchedule y2029 = s.contributions.schedule(SECRETARY, 2029);
        assertThat(y2029.lines()).allSatisfy(l -> assertThat(l.totalPence()).isEqualTo(2_050_000));
        assertThat(y2029.totalPence()).isEqualTo(59_450_000);
    }

    @Test
    void breakNoticeTooLateIsRefusedNamingBothDatesAndTheNextBreakAndChangesNothing() {
        Services s = on("2025-10-01");
        s.demo();
        int audited = store.committed.size();
        assertThatThrownBy(() -> s.agreements.serveBreakNotice(SECRETARY, "E09000003",
                new BreakNotice(LocalDate.of(2025, 10, 1), "Director of Children's Services", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("servedOn"))
                .hasMessageContaining("2025-10-01").hasMessageContaining("2025-09-30").hasMessageContaining("2026-03-31")
                .hasMessageContaining("2033-03-31");
        assertThat(store.committed).hasSize(audited);
        assertThat(s.register.member(SECRETARY, "E09000003").orElseThrow().status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(s.agreements.agreementOf(SECRETARY, "E09000003", LocalDate.of(2025, 10, 1)).orElseThrow().events())
                .extracting(e -> e.type()).containsExactly(AgreementEventType.SIGNED, AgreementEventType.RENEWED);
    }

    @Test
    void breakNoticeInTimeGivesNoticeThenCeasesAndTheOthersAbsorbTheShare() {
        Services sept = on("2025-09-30");
        sept.demo();
        MemberAgreement a = sept.agreements.serveBreakNotice(SECRETARY, "E09000003",
                new BreakNotice(LocalDate.of(2025, 9, 30), "Director of Children's Services", null));
        assertThat(a.noticeServed()).isTrue();
        assertThat(a.breakTakenOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(sept.register.member(SECRETARY, "E09000003").orElseThrow().status())
                .isEqualTo(MembershipStatus.NOTICE_GIVEN);
        assertThat(store.committed).anySatisfy(e -> assertThat(e.action()).isEqualTo("break-notice-served"));

        Services april = on("2026-04-01");
        assertThat(april.agreements.applyBreaks(Actor.system(), LocalDate.of(2026, 4, 1))).containsExactly("E09000003");
        Member barnet = april.register.member(SECRETARY, "E09000003").orElseThrow();
        assertThat(barnet.status()).isEqualTo(MembershipStatus.CEASED);
        assertThat(barnet.ceasedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(barnet.history()).extracting(h -> h.status()).containsExactly(MembershipStatus.AGREED_IN_PRINCIPLE,
                MembershipStatus.MEMBER, MembershipStatus.NOTICE_GIVEN, MembershipStatus.CEASED);
        assertThat(april.agreements.applyBreaks(Actor.system(), LocalDate.of(2026, 4, 2))).isEmpty();
        ContributionSchedule y2028 = april.contributions.schedule(SECRETARY, 2028);
        assertThat(y2028.lines()).hasSize(28).noneMatch(l -> l.gssCode().equals("E09000003"));
    }

    @Test
    void representativesAreDatedRowsAndTheOldOneCeasesTheDayBefore() {
        Services s = on("2026-11-23");
        s.register.appointRepresentative(SECRETARY, "E09000003", "A. Person", LocalDate.of(2023, 4, 1), "CEF23007");
        Member m = s.register.appointRepresentative(SECRETARY, "E09000003", "B. Person", LocalDate.of(2026, 12, 1), "KD 5483");
        assertThat(m.representatives()).hasSize(2);
        assertThat(m.representatives().get(0).ceasedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(m.representativeOn(LocalDate.of(2026, 11, 23)).orElseThrow().personName()).isEqualTo("A. Person");
        List<Deadline> next90 = s.deadlines.upcoming(SECRETARY, LocalDate.of(2026, 11, 23), 90);
        assertThat(next90).extracting(Deadline::kind).contains(DeadlineKind.REPRESENTATIVE_CHANGE);
    }

    @Test
    void ceasingARepresentativeKeepsTheRowAndRefusesWhenNobodyIsInOffice() {
        Services s = on("2026-11-23");
        assertThatThrownBy(() -> s.register.ceaseRepresentative(SECRETARY, "E09000003", LocalDate.of(2026, 11, 1), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no corporate representative in office");
        s.register.appointRepresentative(SECRETARY, "E09000003", "A. Person", LocalDate.of(2023, 4, 1), "CEF23007");
        assertThatThrownBy(() -> s.register.ceaseRepresentative(SECRETARY, "E09000003", LocalDate.of(2023, 3, 1), "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("appointed on 2023-04-01");
        assertThatThrownBy(() -> s.register.ceaseRepresentative(BARNET_MO, "E09000003", LocalDate.of(2026, 11, 1), "x"))
                .isInstanceOf(AccessDeniedException.class);
        Member m = s.register.ceaseRepresentative(SECRETARY, "E09000003", LocalDate.of(2026, 11, 1), "Left the council");
        assertThat(m.representatives()).hasSize(1);
        assertThat(m.representatives().get(0).personName()).isEqualTo("A. Person");
        assertThat(m.representatives().get(0).ceasedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(m.representativeOn(LocalDate.of(2026, 11, 23))).isEmpty();
        Member again = s.register.appointRepresentative(SECRETARY, "E09000003", "B. Person", LocalDate.of(2026, 12, 1), "KD 5483");
        assertThat(again.representatives()).extracting(r -> r.personName()).containsExactly("A. Person", "B. Person");
        assertThat(again.representatives().get(0).ceasedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void documentsKeepHashAndSizeAndRefuseWrongTypeOrTooBig() {
        Services s = on("2026-11-23");
        byte[] pdf = "%PDF-1.7 signed agreement".getBytes(StandardCharsets.US_ASCII);
        StoredDocument d = s.documents.upload(SECRETARY, "E09000003", "agreement.pdf", "application/pdf", pdf);
        assertThat(d.sizeBytes()).isEqualTo(pdf.length);
        assertThat(d.sha256()).isEqualTo(MemberDocumentsService.sha256(pdf)).hasSize(64);
        assertThat(s.documents.content(SECRETARY, d.id())).isEqualTo(pdf);
        assertThatThrownBy(() -> s.documents.upload(SECRETARY, "E09000003", "virus.exe", "application/octet-stream", pdf))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PDF (.pdf)");
        assertThatThrownBy(() -> s.documents.upload(SECRETARY, "E09000003", "big.pdf", "application/pdf", new byte[2048]))
                .isInstanceOf(ValidationException.class).hasMessageContaining("the limit is 1024 bytes");
        assertThat(s.documents.documents(SECRETARY, "E09000003")).hasSize(1);
        assertThat(s.documents.documents(BARNET_MO, "E09000003")).hasSize(1);
        assertThatThrownBy(() -> s.documents.content(VIEWER, d.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void csvImportReportsLineAndFieldAndSavesNothingOnError() {
        Services s = on("2026-11-23");
        String bad = "month,value\n2025-01,135.1\n2025-13,135.6\n2025-03,abc\n";
        assertThatThrownBy(() -> s.indices.importSeries(SECRETARY, "CPIH", "CPIH", bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("line 3: month", "line 4: value"));
        assertThat(s.indices.series("CPIH")).isEmpty();
        assertThat(s.indices.importSeries(SECRETARY, "CPIH", "CPIH", "month,value\n2025-01,135.1\n2025-02,135.6\n"))
                .isEqualTo(2);
        assertThat(s.indices.series("CPIH").orElseThrow().values()).extracting(v -> v.value())
                .containsExactly(new BigDecimal("135.1"), new BigDecimal("135.6"));
        assertThatThrownBy(() -> s.indices.importWeighting(SECRETARY, "POP", "Population", "gss_code,weight\nE09000003,10\nE09000099,5\n"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("line 3: gss_code"));
        assertThat(s.indices.weighting("POP")).isEmpty();
    }

    @Test
    void theDeadlineSourceGivesStableUidsAndLinksAndOnlyTheMonitoringOfficersOwnCouncil() {
        Services s = on("2025-06-01");
        s.demo();
        MembershipDeadlineSource source = new MembershipDeadlineSource(s.deadlines);
        List<plv.platform.api.deadline.Deadline> barnet = source.deadlines(BARNET_MO, LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 6, 1));
        // Barnet only: last notice date 2025-09-30 and break date 2026-03-31
        assertThat(barnet).extracting(d -> d.date().toString()).containsExactly("2025-09-30", "2026-03-31");
        assertThat(barnet.get(0)).satisfies(d -> {
            assertThat(d.uid()).isEqualTo("break-notice-deadline-E09000003-2025-09-30@membership.plv.london");
            assertThat(d.area()).isEqualTo("Membership");
            assertThat(d.kind()).isEqualTo("Last day to serve break notice");
            assertThat(d.path()).isEqualTo("/members/E09000003");
            assertThat(d.councilGss()).isEqualTo("E09000003");
            assertThat(d.canBeOverdue()).isFalse();
        });
        assertThat(source.deadlines(BARNET_MO, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1))).isEqualTo(barnet);
        assertThat(source.deadlines(SECRETARY, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1)))
                .extracting(d -> d.councilGss()).contains("E09000003").hasSizeGreaterThan(barnet.size());
        assertThat(source.deadlines(new Actor("v", "Viewer", Role.VIEWER, null), LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void monitoringOfficerSeesOnlyOwnCouncilAndTheViewerNoContacts() {
        Services s = on("2026-11-23");
        s.register.updateDetails(SECRETARY, "E09000003", "Barnet", "2 Bristol Avenue, Colindale, London NW9 4EW",
                "clerk@barnet.example");
        assertThat(s.register.members(BARNET_MO)).extracting(Member::gssCode).containsExactly("E09000003");
        assertThat(s.register.member(BARNET_MO, "E09000003").orElseThrow().contactEmail()).isEqualTo("clerk@barnet.example");
        assertThatThrownBy(() -> s.register.member(BARNET_MO, "E09000004")).isInstanceOf(AccessDeniedException.class);
        assertThat(s.register.member(VIEWER, "E09000003").orElseThrow().contactEmail()).isNull();
        assertThatThrownBy(() -> s.register.changeStatus(VIEWER, "E09000003", MembershipStatus.MEMBER,
                LocalDate.of(2026, 1, 1), "")).isInstanceOf(AccessDeniedException.class);
        assertThat(store.committed).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("update");
            assertThat(e.changes().get("contactEmail").after()).isEqualTo("clerk@barnet.example");
        });
    }

    @Test
    void withdrawRenewVaryAndTerminateAreEventsAndStatusRows() {
        Services s = on("2025-09-01");
        s.demo();
        s.agreements.serveBreakNotice(SECRETARY, "E09000004", new BreakNotice(LocalDate.of(2025, 9, 1), "Director", null));
        MemberAgreement withdrawn = s.agreements.withdrawNotice(SECRETARY, "E09000004", LocalDate.of(2025, 9, 15), "Cabinet decided to stay");
        assertThat(withdrawn.noticeServed()).isFalse();
        assertThat(s.register.member(SECRETARY, "E09000004").orElseThrow().status()).isEqualTo(MembershipStatus.NOTICE_GIVEN);
        assertThat(on("2025-09-15").register.member(SECRETARY, "E09000004").orElseThrow().status())
                .isEqualTo(MembershipStatus.MEMBER);
        assertThatThrownBy(() -> s.agreements.vary(SECRETARY, "E09000004", DemoData.TERMS, LocalDate.of(2025, 9, 1), " "))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("reason:");
        MemberAgreement renewed = s.agreements.ratifyRenewal(SECRETARY, "E09000004",
                new plv.membership.api.RenewalRatification(LocalDate.of(2025, 9, 1), "Cabinet", "CAB-2025-17", null));
        assertThat(renewed.events().get(renewed.events().size() - 1).effectiveOn()).isEqualTo(LocalDate.of(2028, 4, 1));
        s.agreements.terminate(SECRETARY, "E09000004", LocalDate.of(2028, 9, 30), "Agreed by all members");
        // 2028-29: 183 of 365 days = 2,000,000 x 183 / 365 = 1,002,739.73 -> 1,002,740
        ContributionSchedule y2028 = s.contributions.schedule(SECRETARY, 2028);
        assertThat(y2028.lines()).filteredOn(l -> l.gssCode().equals("E09000004"))
                .singleElement().satisfies(l -> assertThat(l.totalPence()).isEqualTo(1_002_740));
        assertThat(y2028.periods()).hasSize(2);
        assertThat(on("2028-10-01").register.member(SECRETARY, "E09000004").orElseThrow().ceasedOn())
                .isEqualTo(LocalDate.of(2028, 9, 30));
    }

    /** Seed 000: renewal "on a ten yearly cycle" is "subject to ratification". Bexley has not ratified in the demo. */
    @Test
    void withoutRatificationMembershipEndsAtTheTermEndAndNothingIsChargedAfterIt() {
        Services s = on("2026-11-23");
        s.demo();
        MemberAgreement bexley = s.agreements.agreementOf(SECRETARY, "E09000004", LocalDate.of(2026, 11, 23)).orElseThrow();
        assertThat(bexley.renewal().status()).isEqualTo(RenewalStatus.NOT_RATIFIED);
        assertThat(bexley.renewal().ratifyBy()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(bexley.dates().nextExit()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(bexley.dates().renewalDate()).isNull();
        assertThat(bexley.lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(s.contributions.schedule(SECRETARY, 2028).lines()).noneMatch(l -> l.gssCode().equals("E09000004"));
        assertThat(s.contributions.schedule(SECRETARY, 2027).totalPence()).isZero();

        // the status follows from the dates on every read, before any scheduled job has stored it
        Member after = on("2028-04-01").register.member(SECRETARY, "E09000004").orElseThrow();
        assertThat(after.status()).isEqualTo(MembershipStatus.CEASED);
        assertThat(after.ceasedOn()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(after.history().get(after.history().size() - 1).reason())
                .isEqualTo("Term ended on 2028-03-31 without a ratified renewal");
        assertThat(on("2028-03-31").register.member(SECRETARY, "E09000004").orElseThrow().status())
                .isEqualTo(MembershipStatus.MEMBER);
        assertThat(on("2028-04-01").register.member(SECRETARY, "E09000003").orElseThrow().status())
                .isEqualTo(MembershipStatus.MEMBER);

        // the deadline "renewal to be ratified by", for the secretary and Bexley's monitoring officer only
        Actor bexleyMo = new Actor("mo.bexley", "Monitoring Officer", Role.MONITORING_OFFICER, "E09000004");
        assertThat(s.deadlines.upcoming(bexleyMo, LocalDate.of(2028, 1, 1), 120))
                .filteredOn(d -> d.kind() == DeadlineKind.RENEWAL_RATIFICATION).singleElement().satisfies(d -> {
                    assertThat(d.date()).isEqualTo(LocalDate.of(2028, 3, 31));
                    assertThat(d.title()).contains("renewal to be ratified by 2028-03-31");
                });
        assertThat(s.deadlines.upcoming(SECRETARY, LocalDate.of(2028, 1, 1), 120))
                .filteredOn(d -> d.kind() == DeadlineKind.RENEWAL_RATIFICATION).extracting(Deadline::gssCode)
                .containsExactlyInAnyOrder("E09000004", "E09000026");
        assertThat(s.deadlines.upcoming(BARNET_MO, LocalDate.of(2028, 1, 1), 120))
                .noneMatch(d -> d.kind() == DeadlineKind.RENEWAL_RATIFICATION);

        // a late notice names the last notice date, the break missed and the next date the membership can end
        assertThatThrownBy(() -> s.agreements.serveBreakNotice(SECRETARY, "E09000004",
                new BreakNotice(LocalDate.of(2026, 11, 23), "Director", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("servedOn: Notice served on 2026-11-23 is after the last notice date 2025-09-30 for the break"
                        + " on 2026-03-31; the next date the membership can end is 2028-03-31 (the end of the initial"
                        + " term: no renewal has been ratified).");
    }

    @Test
    void aRecordedRatificationRenewsTheMembershipAndTheFeesContinue() {
        Services s = on("2026-11-23");
        s.demo();
        assertThatThrownBy(() -> s.agreements.ratifyRenewal(SECRETARY, "E09000004",
                new RenewalRatification(LocalDate.of(2026, 11, 24), "Cabinet", "BEX-1", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is in the future");
        assertThatThrownBy(() -> s.agreements.ratifyRenewal(SECRETARY, "E09000004",
                new RenewalRatification(LocalDate.of(2026, 11, 20), "Cabinet", " ", null)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("decisionReference:");
        assertThatThrownBy(() -> s.agreements.ratifyRenewal(BARNET_MO, "E09000004",
                new RenewalRatification(LocalDate.of(2026, 11, 20), "Cabinet", "BEX-1", null)))
                .isInstanceOf(AccessDeniedException.class);
        MemberAgreement a = s.agreements.ratifyRenewal(SECRETARY, "E09000004",
                new RenewalRatification(LocalDate.of(2026, 11, 20), "Cabinet", "BEX/CAB/2026/118", null));
        assertThat(a.renewal()).isEqualTo(new Renewal(RenewalStatus.RATIFIED, 1, LocalDate.of(2028, 4, 1),
                LocalDate.of(2028, 3, 31), LocalDate.of(2026, 11, 20), "Cabinet", "BEX/CAB/2026/118"));
        assertThat(a.dates().nextExit()).isEqualTo(LocalDate.of(2033, 3, 31));
        assertThat(a.dates().renewalDate()).isEqualTo(LocalDate.of(2028, 4, 1));
        assertThat(store.committed).anySatisfy(e -> assertThat(e.action()).isEqualTo("ratify-renewal"));
        assertThat(s.contributions.schedule(SECRETARY, 2028).lines()).filteredOn(l -> l.gssCode().equals("E09000004"))
                .singleElement().satisfies(l -> assertThat(l.totalPence()).isEqualTo(2_000_000));
        assertThat(on("2028-04-01").register.member(SECRETARY, "E09000004").orElseThrow().status())
                .isEqualTo(MembershipStatus.MEMBER);
        // the scheduled job stores CEASED only for the member whose term ended unratified
        assertThat(on("2028-04-01").agreements.applyBreaks(Actor.system(), LocalDate.of(2028, 4, 1)))
                .containsExactly("E09000026");
    }

    /**
     * Fees are effective-dated and an issued statement is frozen. Demo: 29 members at £20,000 from 2028, CPI January,
     * year on year. Issue 2029-30 with CPI January 2028 = 140.0 and January 2029 = 143.5 (£20,500.00 each); then a new
     * schedule (£21,000 from 1 April 2030) and a revised CPI January 2029 (147.0) from 1 April 2030: 2029-30 as issued
     * does not move, 2029-30 worked out now does not move either (the changes apply from 2030-31), 2030-31 uses the new
     * fee. A correction of 2028-29 after a revision applying to it lists the difference per member.
     */
    @Test
    void effectiveDatedChangesLeaveEarlierYearsAndIssuedStatementsAlone() {
        Services s = on("2026-11-23");
        s.demo();
        s.indices.setValue(SECRETARY, "CPI", null, java.time.YearMonth.of(2028, 1), new BigDecimal("140.0"));
        s.indices.setValue(SECRETARY, "CPI", null, java.time.YearMonth.of(2029, 1), new BigDecimal("143.5"));
        IssuedStatement issued = s.contributions.issue(SECRETARY, 2029, "Annual statement");
        assertThat(issued.schedule().totalPence()).isEqualTo(59_450_000);
        assertThat(issued.sha256()).hasSize(64);
        assertThatThrownBy(() -> s.contributions.issue(SECRETARY, 2029, "again")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("issue a correction instead");

        FeeSchedule now = s.contributions.feeSchedule(2029);
        assertThatThrownBy(() -> s.contributions.setFeeSchedule(SECRETARY, new FeeSchedule(now.model(), 2_100_000,
                now.triggerDate(), now.indexation(), LocalDate.of(2030, 5, 1)))).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("effectiveFrom: Enter the date the fee schedule applies from: the first day of a"
                        + " financial year, 1 April");
        s.contributions.setFeeSchedule(SECRETARY, new FeeSchedule(now.model(), 2_100_000, now.triggerDate(),
                now.indexation(), LocalDate.of(2030, 4, 1)));
        s.indices.reviseValue(SECRETARY, "CPI", java.time.YearMonth.of(2029, 1), new BigDecimal("147.0"),
                LocalDate.of(2030, 4, 1));

        assertThat(s.contributions.feeSchedule(2029).annualFeePence()).isEqualTo(2_000_000);
        assertThat(s.contributions.feeSchedule(2030).annualFeePence()).isEqualTo(2_100_000);
        assertThat(s.contributions.schedule(SECRETARY, 2029)).isEqualTo(issued.schedule());
        assertThat(s.contributions.workedOut(SECRETARY, 2029).totalPence()).isEqualTo(59_450_000);
        // 2030-31: the new schedule states the fee of its first year: £21,000.00 × 29
        assertThat(s.contributions.schedule(SECRETARY, 2030).totalPence()).isEqualTo(60_900_000);
        assertThat(s.contributions.issued(SECRETARY, 2029)).singleElement()
                .satisfies(i -> assertThat(i.sha256()).isEqualTo(issued.sha256()));

        // a revision that applies to 2028-29 changes nothing there until a correction is issued
        s.indices.setValue(SECRETARY, "CPI", null, java.time.YearMonth.of(2027, 1), new BigDecimal("100.0"));
        IssuedStatement y2028 = s.contributions.issue(SECRETARY, 2028, null);
        assertThatThrownBy(() -> s.contributions.correct(SECRETARY, 2028, "nothing changed"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nothing to correct");
        s.contributions.setFeeSchedule(SECRETARY, new FeeSchedule(now.model(), 1_900_000, now.triggerDate(),
                now.indexation(), LocalDate.of(2028, 4, 1)));
        assertThat(s.contributions.schedule(SECRETARY, 2028)).isEqualTo(y2028.schedule());
        IssuedStatement correction = s.contributions.correct(SECRETARY, 2028, "Fee for 2028-29 agreed at £19,000");
        assertThat(correction.correctsId()).isEqualTo(y2028.id());
        assertThat(correction.differences()).hasSize(29).allSatisfy(d -> {
            assertThat(d.previousPence()).isEqualTo(2_000_000);
            assertThat(d.newPence()).isEqualTo(1_900_000);
            assertThat(d.differencePence()).isEqualTo(-100_000);
        });
        assertThat(s.contributions.schedule(SECRETARY, 2028).totalPence()).isEqualTo(55_100_000);
        assertThat(s.contributions.issued(BARNET_MO, 2028)).hasSize(2).last()
                .satisfies(i -> assertThat(i.differences()).extracting(d -> d.gssCode()).containsExactly("E09000003"));
        assertThat(store.committed).anySatisfy(e -> assertThat(e.action()).isEqualTo("correct"));
    }

    @Test
    void sharedFundingFiguresApplyFromTheirYearUntilReplaced() {
        Services s = on("2026-11-23");
        s.demo();
        s.contributions.setFeeSchedule(SECRETARY, new FeeSchedule(FundingModel.SHARED_TOTAL, 0, LocalDate.of(2028, 4, 1),
                null, LocalDate.of(2029, 4, 1)));
        assertThat(s.contributions.schedule(SECRETARY, 2028).model()).isEqualTo(FundingModel.FIXED_FEE);
        assertThatThrownBy(() -> s.contributions.schedule(SECRETARY, 2029)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("No shared funding figures");
        s.contributions.setSharedFunding(SECRETARY, new SharedFunding(2029, 58_000_000, SharingBasis.EQUAL, null, null,
                24, 2, 0, 0));
        // £580,000.00 among 29 = £20,000.00 each, in 2029-30 and (the same figures) in 2030-31
        assertThat(s.contributions.schedule(SECRETARY, 2029).lines()).hasSize(29)
                .allSatisfy(l -> assertThat(l.totalPence()).isEqualTo(2_000_000));
        assertThat(s.contributions.schedule(SECRETARY, 2030).totalPence()).isEqualTo(58_000_000);
        s.contributions.setSharedFunding(SECRETARY, new SharedFunding(2031, 29_000_000, SharingBasis.EQUAL, null, null,
                24, 2, 0, 0));
        assertThat(s.contributions.schedule(SECRETARY, 2030).totalPence()).isEqualTo(58_000_000);
        assertThat(s.contributions.schedule(SECRETARY, 2031).totalPence()).isEqualTo(29_000_000);
    }
}
