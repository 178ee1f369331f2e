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
import plv.membership.api.Indexation;
import plv.membership.api.MemberStatement;
import plv.membership.api.MembershipStatus;
import plv.membership.api.NonMemberIncome;
import plv.membership.api.SharedFunding;
import plv.membership.api.SharingBasis;
import plv.membership.core.internal.rules.ContributionCalculator;
import plv.platform.api.time.FinancialYear;
import plv.membership.core.internal.rules.MembershipWindow;
import plv.membership.core.internal.rules.Money;
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
        return data.store().read(ContributionsService::feeSchedule);
    }

    static FeeSchedule feeSchedule(EntityManager em) {
        return row(em).map(ContributionsService::toRecord).orElse(new FeeSchedule(FundingModel.FIXED_FEE, 0, null, null));
    }

    @Override
    public FeeSchedule setFeeSchedule(Actor actor, FeeSchedule s) {
        Access.requireSecretary(actor, "change the fee schedule");
        check(s);
        return data.store().write(actor, (em, audit) -> {
            Optional<FeeScheduleEntity> found = row(em);
            FeeSchedule before = found.map(ContributionsService::toRecord).orElse(null);
            FeeScheduleEntity e = found.orElseGet(FeeScheduleEntity::new);
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
                    "model", FieldChange.of(before == null ? null : before.model(), s.model()),
                    "annualFee", FieldChange.of(before == null ? null : Money.plain(before.annualFeePence()),
                            Money.plain(s.annualFeePence())),
                    "triggerDate", FieldChange.of(before == null ? null : before.triggerDate(), s.triggerDate()),
                    "indexation", FieldChange.of(before == null ? null : before.indexation(), ix)));
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
        ContributionSchedule s = data.store().read(em -> compute(em, new FinancialYear(financialYear), income));
        if (actor != null && actor.is(Role.MONITORING_OFFICER)) {
            return new ContributionSchedule(s.financialYear(), s.start(), s.end(), s.model(), s.periods(),
                    s.lines().stream().filter(l -> l.gssCode().equals(actor.councilGss())).toList(), s.totalPence(),
                    s.working());
        }
        return s;
    }

    @Override
    public MemberStatement statement(Actor actor, String gssCode, int financialYear) {
        Access.requireSee(actor, gssCode);
        List<IncomeReport> income = income(financialYear);
        ContributionSchedule s = data.store().read(em -> compute(em, new FinancialYear(financialYear), income));
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
        FeeSchedule fee = feeSchedule(em);
        Map<YearMonth, BigDecimal> index = fee.indexation() == null ? Map.of()
                : IndexSeriesService.valuesOf(em, fee.indexation().seriesCode());
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

    private static Optional<FeeScheduleEntity> row(EntityManager em) {
        return em.createQuery("select f from FeeScheduleEntity f order by f.id", FeeScheduleEntity.class).getResultList()
                .stream().findFirst();
    }

    private static Optional<SharedFunding> funding(EntityManager em, int year) {
        return em.createQuery("select f from SharedFundingEntity f where f.financialYear = :y", SharedFundingEntity.class)
                .setParameter("y", year).getResultList().stream().findFirst().map(ContributionsService::toRecord);
    }

    private static FeeSchedule toRecord(FeeScheduleEntity e) {
        Indexation ix = e.seriesCode == null ? null : new Indexation(e.seriesCode, Month.of(e.referenceMonth), e.method,
                e.baseMonth == null ? null : YearMonth.parse(e.baseMonth.trim()), strip(e.capPercent), strip(e.floorPercent));
        return new FeeSchedule(e.model, e.annualFeePence, e.triggerDate, ix);
    }

    private static BigDecimal strip(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    private static SharedFunding toRecord(SharedFundingEntity e) {
        return new SharedFunding(e.financialYear, e.totalCostPence, e.basis, strip(e.equalPercent), e.weightingCode,
                e.places, e.emergencyPlaces, e.placesSold, e.pricePerPlacePence);
    }
}
