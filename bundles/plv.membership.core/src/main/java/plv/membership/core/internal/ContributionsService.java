package plv.membership.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.membership.api.ContributionLine;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.Contributions;
import plv.membership.api.FeeSchedule;
import plv.membership.api.FundingModel;
import plv.membership.api.IncomeReport;
import plv.membership.api.IssuedStatement;
import plv.membership.api.StatementDifference;
import plv.membership.api.Indexation;
import plv.membership.api.MemberStatement;
import plv.membership.api.MembershipStatus;
import plv.membership.api.NonMemberIncome;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.membership.core.internal.rules.ContributionCalculator;
import plv.platform.api.RoleGroup;
import plv.platform.api.time.FinancialYear;
import plv.membership.core.internal.rules.MembershipWindow;
import plv.platform.api.money.Money;
import plv.membership.core.internal.rules.StatementText;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;

/**
 * The fee schedule and shared funding figures, and the contributions worked out from them and from the register:
 * a member pays from the day its status became MEMBER to the earliest of its date ceased, the break date of a notice
 * in force, the last day of a termination and the end of its last ratified term (seed 000: renewal is subject to
 * ratification, so without it nothing is charged after 31 March 2028). Nothing is stored: every schedule is recalculated from the records, so a
 * leaving or late-joining member changes the others' shares from that date.
 */
@Component(service = Contributions.class)
public class ContributionsService implements Contributions {

    private final MembershipStore data;
    /** The programmes' reports of income from places sold to non-members (whiteboard; they come and go). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<NonMemberIncome> incomes = List.of();

    @Activate
    public ContributionsService(@Reference MembershipStore data) {
        this.data = data;
    }

    /** For tests outside the framework: the service with these income reporters. */
    ContributionsService(MembershipStore data, List<NonMemberIncome> incomes) {
        this.data = data;
        this.incomes = List.copyOf(incomes);
    }

    /** Every report for the year, in a stable order (by source). */
    List<IncomeReport> income(int financialYear) {
        List<NonMemberIncome> now = incomes;
        List<IncomeReport> out = new ArrayList<>();
        for (NonMemberIncome i : now == null ? List.<NonMemberIncome>of() : now) {
            try {
                i.income(financialYear).filter(r -> r.incomePence() > 0).ifPresent(out::add);
            } catch (RuntimeException e) {
                throw new ValidationException("income", "A programme could not report its income from places sold for "
                        + new FinancialYear(financialYear).label() + ": " + e.getMessage());
            }
        }
        out.sort(java.util.Comparator.comparing(IncomeReport::source));
        return out;
    }

    @Override
    public FeeSchedule feeSchedule() {
        return feeSchedule(FinancialYear.containing(data.today()).startYear());
    }

    @Override
    public FeeSchedule feeSchedule(int financialYear) {
        return data.store().read(em -> feeScheduleFor(em, new FinancialYear(financialYear)));
    }

    @Override
    public List<FeeSchedule> feeSchedules() {
        return data.store().read(em -> rows(em).stream().map(ContributionsService::toRecord).toList());
    }

    /** The schedule that applies from the latest date on or before the year's 1 April (the undated one first). */
    static FeeSchedule feeScheduleFor(EntityManager em, FinancialYear year) {
        return rows(em).stream().filter(e -> e.effectiveFrom == null || !e.effectiveFrom.isAfter(year.start()))
                .reduce((a, b) -> b).map(ContributionsService::toRecord)
                .orElse(new FeeSchedule(FundingModel.FIXED_FEE, 0, null, null));
    }

    /** The latest fee schedule recorded (for the fee review deadlines). */
    static FeeSchedule feeSchedule(EntityManager em) {
        List<FeeScheduleEntity> all = rows(em);
        return all.isEmpty() ? new FeeSchedule(FundingModel.FIXED_FEE, 0, null, null) : toRecord(all.get(all.size() - 1));
    }

    /** Checks that {@code day} is given and is 1 April, the first day of a financial year. */
    static void checkFinancialYearStart(String field, LocalDate day, String what) {
        if (day == null || day.getMonthValue() != 4 || day.getDayOfMonth() != 1) {
            throw new ValidationException(field, "Enter the date " + what + ": the first day of a financial year,"
                    + " 1 April, e.g. 2029-04-01" + (day == null ? "." : " (" + day + " is not).")
                    + " Earlier years keep the rules they had.");
        }
    }

    @Override
    public FeeSchedule setFeeSchedule(Actor actor, FeeSchedule s) {
        Access.requireSecretary(actor, "change the fee schedule");
        check(s);
        checkFinancialYearStart("effectiveFrom", s.effectiveFrom(), "the fee schedule applies from");
        return data.store().write(actor, (em, audit) -> {
            Optional<FeeScheduleEntity> found = rows(em).stream().filter(e -> s.effectiveFrom().equals(e.effectiveFrom))
                    .findFirst();
            FeeSchedule before = feeScheduleFor(em, FinancialYear.containing(s.effectiveFrom()));
            FeeScheduleEntity e = found.orElseGet(FeeScheduleEntity::new);
            e.effectiveFrom = s.effectiveFrom();
            e.model = s.model();
            e.annualFeePence = s.annualFeePence();
            e.triggerDate = s.triggerDate();
            Indexation ix = s.indexation();
            e.seriesCode = ix == null ? null : ix.seriesCode();
            e.referenceMonth = ix == null ? null : ix.referenceMonth().getValue();
            e.method = ix == null ? null : ix.method();
            e.baseMonth = ix == null || ix.baseMonth() == null ? null : ix.baseMonth().toString();
            e.capPercent = ix == null ? null : ix.capPercent();
            e.floorPercent = ix == null ? null : ix.floorPercent();
            if (found.isEmpty()) {
                em.persist(e);
            }
            em.flush();
            audit.record(found.isEmpty() ? "create" : "update", "fee-schedule", e.id, Map.of(
                    "effectiveFrom", FieldChange.of(null, s.effectiveFrom()),
                    "model", FieldChange.of(before.model(), s.model()),
                    "annualFee", FieldChange.of(Money.plain(before.annualFeePence()), Money.plain(s.annualFeePence())),
                    "triggerDate", FieldChange.of(before.triggerDate(), s.triggerDate()),
                    "indexation", FieldChange.of(before.indexation(), ix)));
            return s;
        });
    }

    private static void check(FeeSchedule s) {
        if (s == null || s.model() == null) {
            throw new ValidationException("model", "Choose the funding model: fixed fee or shared total.");
        }
        if (s.annualFeePence() < 0) {
            throw new ValidationException("annualFee", "Enter the annual fee in pounds, 0 or more, e.g. 20000.00.");
        }
        Indexation ix = s.indexation();
        if (ix != null) {
            if (ix.seriesCode() == null || ix.seriesCode().isBlank()) {
                throw new ValidationException("seriesCode", "Choose the index series, e.g. CPI.");
            }
            if (ix.referenceMonth() == null || ix.method() == null) {
                throw new ValidationException("referenceMonth", "Choose the reference month and the method.");
            }
            if (ix.method() == plv.membership.api.IndexMethod.UPLIFT_FROM_BASE && ix.baseMonth() == null) {
                throw new ValidationException("baseMonth", "Enter the base month (YYYY-MM) for an uplift from a base index.");
            }
            if (ix.capPercent() != null && ix.floorPercent() != null && ix.capPercent().compareTo(ix.floorPercent()) < 0) {
                throw new ValidationException("capPercent", "The cap (" + ix.capPercent() + "%) is below the floor ("
                        + ix.floorPercent() + "%); enter a cap at or above the floor.");
            }
        }
    }

    @Override
    public Optional<SharedFunding> sharedFunding(int financialYear) {
        return data.store().read(em -> funding(em, financialYear));
    }

    @Override
    public List<SharedFunding> sharedFundings() {
        return data.store().read(em -> em.createQuery("select f from SharedFundingEntity f order by f.financialYear",
                SharedFundingEntity.class).getResultList().stream().map(ContributionsService::toRecord).toList());
    }

    @Override
    public SharedFunding setSharedFunding(Actor actor, SharedFunding f) {
        Access.requireSecretary(actor, "change the shared funding figures");
        if (f.totalCostPence() < 0) {
            throw new ValidationException("totalCost", "Enter the total to fund in pounds, 0 or more.");
        }
        if (f.basis() == null) {
            throw new ValidationException("basis", "Choose how the total is shared: equal, weighted or mixed.");
        }
        if (f.basis() == SharingBasis.MIXED && (f.equalPercent() == null || f.equalPercent().signum() < 0
                || f.equalPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ValidationException("equalPercent", "Enter the percentage shared equally, from 0 to 100.");
        }
        if (f.basis() != SharingBasis.EQUAL && (f.weightingCode() == null || f.weightingCode().isBlank())) {
            throw new ValidationException("weightingCode", "Choose the weighting to share by, or share equally.");
        }
        if (f.places() < 0 || f.emergencyPlaces() < 0 || f.emergencyPlaces() > f.places()) {
            throw new ValidationException("emergencyPlaces", "Emergency places must be between 0 and the " + f.places()
                    + " places of the home.");
        }
        if (f.placesSold() < 0 || f.placesSold() > f.places() - f.emergencyPlaces()) {
            throw new ValidationException("placesSold", "At most " + (f.places() - f.emergencyPlaces())
                    + " places can be sold (places less emergency places).");
        }
        if (f.incomePence() > f.totalCostPence()) {
            throw new ValidationException("placesSold", "Income from places sold (" + Money.format(f.incomePence())
                    + ") is more than the total to fund (" + Money.format(f.totalCostPence()) + ").");
        }
        return data.store().write(actor, (em, audit) -> {
            List<SharedFundingEntity> found = em.createQuery(
                    "select f from SharedFundingEntity f where f.financialYear = :y", SharedFundingEntity.class)
                    .setParameter("y", f.financialYear()).getResultList();
            SharedFundingEntity e = found.isEmpty() ? new SharedFundingEntity() : found.get(0);
            SharedFunding before = found.isEmpty() ? null : toRecord(e);
            e.financialYear = f.financialYear();
            e.totalCostPence = f.totalCostPence();
            e.basis = f.basis();
            e.equalPercent = f.equalPercent();
            e.weightingCode = f.weightingCode();
            e.places = f.places();
            e.emergencyPlaces = f.emergencyPlaces();
            e.placesSold = f.placesSold();
            e.pricePerPlacePence = f.pricePerPlacePence();
            if (found.isEmpty()) {
                em.persist(e);
            }
            em.flush();
            audit.record(found.isEmpty() ? "create" : "update", "shared-funding", f.financialYear(),
                    Map.of("figures", FieldChange.of(before, f)));
            return f;
        });
    }

    @Override
    public ContributionSchedule schedule(Actor actor, int financialYear) {
        List<IncomeReport> income = income(financialYear);
        ContributionSchedule s = data.store().read(em -> {
            List<StatementEntity> issued = statements(em, financialYear);
            return issued.isEmpty() ? compute(em, new FinancialYear(financialYear), income)
                    : verified(issued.get(issued.size() - 1));
        });
        return forActor(actor, s);
    }

    @Override
    public ContributionSchedule workedOut(Actor actor, int financialYear) {
        List<IncomeReport> income = income(financialYear);
        return forActor(actor, data.store().read(em -> compute(em, new FinancialYear(financialYear), income)));
    }

    /** A monitoring officer sees only their own council's line (the totals and the working stay whole). */
    private static ContributionSchedule forActor(Actor actor, ContributionSchedule s) {
        if (actor != null && actor.is(Role.MONITORING_OFFICER)) {
            return new ContributionSchedule(s.financialYear(), s.start(), s.end(), s.model(), s.periods(),
                    s.lines().stream().filter(l -> l.gssCode().equals(actor.councilGss())).toList(), s.totalPence(),
                    s.working());
        }
        return s;
    }

    @Override
    public List<IssuedStatement> issued(Actor actor, int financialYear) {
        if (actor == null || !actor.in(RoleGroup.COUNCIL_RECORD_READERS)) {
            throw new plv.platform.api.AccessDeniedException("Only the secretary, directors and monitoring officers can"
                    + " see issued contributions statements.");
        }
        return data.store().read(em -> {
            List<IssuedStatement> out = new ArrayList<>();
            ContributionSchedule previous = null;
            for (StatementEntity e : statements(em, financialYear)) {
                ContributionSchedule now = verified(e);
                out.add(toRecord(actor, e, now, previous));
                previous = now;
            }
            return out;
        });
    }

    @Override
    public IssuedStatement issue(Actor actor, int financialYear, String reason) {
        Access.requireSecretary(actor, "issue a contributions statement");
        List<IncomeReport> income = income(financialYear);
        return data.store().write(actor, (em, audit) -> {
            List<StatementEntity> issued = statements(em, financialYear);
            if (!issued.isEmpty()) {
                StatementEntity first = issued.get(0);
                throw new ValidationException("year", new FinancialYear(financialYear).label() + " was issued on "
                        + first.issuedOn + " (statement " + first.id + "); issue a correction instead.");
            }
            ContributionSchedule s = compute(em, new FinancialYear(financialYear), income);
            StatementEntity e = store(em, audit, actor, s, null, blank(reason) ? "Issued" : reason.trim());
            return toRecord(actor, e, s, null);
        });
    }

    @Override
    public IssuedStatement correct(Actor actor, int financialYear, String reason) {
        Access.requireSecretary(actor, "correct a contributions statement");
        if (blank(reason)) {
            throw new ValidationException("reason", "Say why the statement is corrected, e.g. CPI January 2029 revised.");
        }
        List<IncomeReport> income = income(financialYear);
        return data.store().write(actor, (em, audit) -> {
            List<StatementEntity> issued = statements(em, financialYear);
            if (issued.isEmpty()) {
                throw new ValidationException("year", new FinancialYear(financialYear).label()
                        + " has not been issued yet: issue it instead of correcting it.");
            }
            StatementEntity latest = issued.get(issued.size() - 1);
            ContributionSchedule previous = verified(latest);
            ContributionSchedule now = compute(em, new FinancialYear(financialYear), income);
            if (StatementText.write(now).equals(latest.content)) {
                throw new ValidationException("reason", "The rules and records now give exactly statement " + latest.id
                        + "; there is nothing to correct.");
            }
            StatementEntity e = store(em, audit, actor, now, latest.id, reason.trim());
            return toRecord(actor, e, now, previous);
        });
    }

    private StatementEntity store(EntityManager em, plv.platform.spi.persistence.AuditLog audit, Actor actor,
            ContributionSchedule s, Long corrects, String reason) {
        StatementEntity e = new StatementEntity();
        e.financialYear = s.financialYear();
        e.issuedOn = data.today();
        e.issuedBy = actor.username();
        e.issuedAt = data.now();
        e.correctsId = corrects;
        e.reason = reason;
        e.content = StatementText.write(s);
        e.sha256 = StatementText.sha256(e.content);
        em.persist(e);
        em.flush();
        audit.record(corrects == null ? "issue" : "correct", "contributions-statement", e.id, Map.of(
                "financialYear", FieldChange.of(null, s.label()), "total", FieldChange.of(null, Money.plain(s.totalPence())),
                "sha256", FieldChange.of(null, e.sha256), "corrects", FieldChange.of(null, corrects),
                "reason", FieldChange.of(null, reason)));
        return e;
    }

    private static List<StatementEntity> statements(EntityManager em, int year) {
        return em.createQuery("select s from StatementEntity s where s.financialYear = :y order by s.id",
                StatementEntity.class).setParameter("y", year).getResultList();
    }

    /** The issued schedule, after checking its text still has the SHA-256 it was issued with. */
    private static ContributionSchedule verified(StatementEntity e) {
        if (!StatementText.sha256(e.content).equals(e.sha256.trim())) {
            throw new IllegalStateException("Issued statement " + e.id + " has been altered: its text no longer has the"
                    + " SHA-256 " + e.sha256 + " it was issued with.");
        }
        return StatementText.read(e.content);
    }

    private static IssuedStatement toRecord(Actor actor, StatementEntity e, ContributionSchedule s,
            ContributionSchedule previous) {
        List<StatementDifference> differences = new ArrayList<>();
        if (previous != null && e.correctsId != null) {
            Map<String, long[]> totals = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            previous.lines().forEach(l -> {
                totals.computeIfAbsent(l.gssCode(), k -> new long[2])[0] = l.totalPence();
                names.put(l.gssCode(), l.memberName());
            });
            s.lines().forEach(l -> {
                totals.computeIfAbsent(l.gssCode(), k -> new long[2])[1] = l.totalPence();
                names.put(l.gssCode(), l.memberName());
            });
            totals.forEach((gss, t) -> {
                if (t[0] != t[1] && Access.maySee(actor, gss)) {
                    differences.add(new StatementDifference(gss, names.get(gss), t[0], t[1]));
                }
            });
        }
        return new IssuedStatement(e.id, e.financialYear, e.issuedOn, e.issuedBy, e.issuedAt, e.correctsId, e.reason,
                e.sha256.trim(), forActor(actor, s), differences);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public MemberStatement statement(Actor actor, String gssCode, int financialYear) {
        Access.requireSee(actor, gssCode);
        ContributionSchedule s = schedule(null, financialYear);
        ContributionLine line = s.lines().stream().filter(l -> l.gssCode().equals(gssCode)).findFirst()
                .orElse(new ContributionLine(gssCode, gssCode, 0, s.periods().stream().map(p -> 0L).toList(), 0, 0));
        List<String> working = new ArrayList<>();
        for (int i = 0; i < s.periods().size(); i++) {
            var p = s.periods().get(i);
            working.add(p.start() + " to " + p.end() + " (" + p.days() + " days, " + p.members() + " members): period total "
                    + Money.format(p.totalPence()) + ", your share " + Money.format(line.periodPence().get(i)) + ".");
        }
        if (line.incomeOffsetPence() > 0) {
            working.add("Your share of the income from places sold to non-members, already taken off: "
                    + Money.format(line.incomeOffsetPence()) + ".");
        }
        working.add("Your total for " + s.label() + ": " + Money.format(line.totalPence()) + " for " + line.daysAsMember()
                + " days as a member.");
        return new MemberStatement(line, s, working);
    }

    /** Works out a year's schedule from the records (also used by the benchmark and the deadlines). */
    static ContributionSchedule compute(EntityManager em, FinancialYear year, List<IncomeReport> income) {
        FeeSchedule fee = feeScheduleFor(em, year);
        Map<YearMonth, BigDecimal> index = fee.indexation() == null ? Map.of()
                : IndexSeriesService.valuesOf(em, fee.indexation().seriesCode(), year);
        SharedFunding funding = funding(em, year.startYear()).orElse(null);
        if (fee.model() == FundingModel.SHARED_TOTAL && funding == null) {
            throw new ValidationException("year", "No shared funding figures are recorded for " + year.label()
                    + "; enter the total to fund for that year first.");
        }
        Map<String, BigDecimal> weights = funding == null || funding.weightingCode() == null ? Map.of()
                : weights(em, funding.weightingCode());
        try {
            return new ContributionCalculator(fee, index).schedule(year, windows(em), funding, weights, income);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("weightingCode", "The schedule cannot be worked out: " + e.getMessage()
                    + ". Import the missing weights or share equally.");
        }
    }

    /** Every member's paying days, read in four queries (not four per member). */
    static List<MembershipWindow> windows(EntityManager em) {
        Map<Long, List<StatusChangeEntity>> history = em.createQuery(
                "select s from StatusChangeEntity s order by s.effectiveOn, s.id", StatusChangeEntity.class).getResultList()
                .stream().collect(java.util.stream.Collectors.groupingBy(s -> s.memberId));
        Map<Long, AgreementEntity> agreements = em.createQuery("select a from AgreementEntity a", AgreementEntity.class)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(a -> a.memberId, a -> a));
        Map<Long, List<AgreementEventEntity>> events = em.createQuery(
                "select e from AgreementEventEntity e order by e.id", AgreementEventEntity.class).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.agreementId));
        List<MembershipWindow> out = new ArrayList<>();
        for (MemberEntity m : Registry.all(em)) {
            List<StatusChangeEntity> rows = history.getOrDefault(m.id, List.of());
            Optional<LocalDate> from = rows.stream().filter(s -> s.status == MembershipStatus.MEMBER)
                    .map(s -> s.effectiveOn).findFirst();
            if (from.isEmpty()) {
                continue;
            }
            LocalDate to = rows.stream().filter(s -> s.status == MembershipStatus.CEASED).map(s -> s.effectiveOn.minusDays(1))
                    .reduce((a, b) -> b).orElse(null);
            AgreementEntity a = agreements.get(m.id);
            if (a != null) {
                // the agreement's dates end membership too: a break taken, a termination, or the end of the last
                // ratified term (31 March 2028 while no renewal is ratified): nothing is charged after it
                LocalDate last = Tenure.lastDay(a, events.getOrDefault(a.id, List.of()));
                to = to == null || last.isBefore(to) ? last : to;
            }
            out.add(new MembershipWindow(m.gssCode, m.name, from.get(), to));
        }
        return out;
    }

    private static Map<String, BigDecimal> weights(EntityManager em, String code) {
        Map<String, BigDecimal> out = new TreeMap<>();
        em.createQuery("select x from WeightEntity x, WeightingEntity w where x.weightingId = w.id and w.code = :c",
                WeightEntity.class).setParameter("c", code).getResultList().forEach(x -> out.put(x.gssCode, x.weight));
        return out;
    }

    /** Every fee schedule row, the undated one first, then by the date it applies from. */
    private static List<FeeScheduleEntity> rows(EntityManager em) {
        List<FeeScheduleEntity> all = new ArrayList<>(em.createQuery("select f from FeeScheduleEntity f order by f.id",
                FeeScheduleEntity.class).getResultList());
        all.sort(java.util.Comparator.comparing((FeeScheduleEntity f) -> f.effectiveFrom,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return all;
    }

    /** The figures set for {@code year} or, failing that, for the latest year before it (effective-dated). */
    private static Optional<SharedFunding> funding(EntityManager em, int year) {
        return em.createQuery("select f from SharedFundingEntity f where f.financialYear <= :y order by f.financialYear desc",
                SharedFundingEntity.class).setParameter("y", year).setMaxResults(1).getResultList().stream().findFirst()
                .map(ContributionsService::toRecord);
    }

    private static FeeSchedule toRecord(FeeScheduleEntity e) {
        Indexation ix = e.seriesCode == null ? null : new Indexation(e.seriesCode, Month.of(e.referenceMonth), e.method,
                e.baseMonth == null ? null : YearMonth.parse(e.baseMonth.trim()), strip(e.capPercent), strip(e.floorPercent));
        return new FeeSchedule(e.model, e.annualFeePence, e.triggerDate, ix, e.effectiveFrom);
    }

    private static BigDecimal strip(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    private static SharedFunding toRecord(SharedFundingEntity e) {
        return new SharedFunding(e.financialYear, e.totalCostPence, e.basis, strip(e.equalPercent), e.weightingCode,
                e.places, e.emergencyPlaces, e.placesSold, e.pricePerPlacePence);
    }
}
