package plv.membership.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.IndexSeries;
import plv.membership.api.IndexSeriesRegister;
import plv.membership.api.IndexValue;
import plv.membership.api.Weighting;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.time.FinancialYear;

/** Index series and weightings, kept by hand or imported from CSV (all or nothing). */
@Component(service = IndexSeriesRegister.class)
public class IndexSeriesService implements IndexSeriesRegister {

    private final MembershipStore data;

    @Activate
    public IndexSeriesService(@Reference MembershipStore data) {
        this.data = data;
    }

    @Override
    public List<IndexSeries> series() {
        return data.store().read(em -> em.createQuery("select s from IndexSeriesEntity s order by s.code",
                IndexSeriesEntity.class).getResultList().stream().map(s -> toRecord(em, s)).toList());
    }

    @Override
    public Optional<IndexSeries> series(String code) {
        return data.store().read(em -> findSeries(em, code).map(s -> toRecord(em, s)));
    }

    /** The values of a series by month, for the fee calculation (empty when the series does not exist). */
    static Map<YearMonth, BigDecimal> valuesOf(EntityManager em, String code) {
        Map<YearMonth, BigDecimal> out = new LinkedHashMap<>();
        findSeries(em, code).ifPresent(s -> toRecord(em, s).values().forEach(v -> out.put(v.month(), v.value())));
        return out;
    }

    /**
     * The values of a series by month as they stand for {@code year}: each recorded value, corrected by the latest
     * revision that applies from 1 April of that year or earlier (a later revision leaves the year as it was).
     */
    static Map<YearMonth, BigDecimal> valuesOf(EntityManager em, String code, FinancialYear year) {
        Map<YearMonth, BigDecimal> out = valuesOf(em, code);
        findSeries(em, code).ifPresent(s -> em.createQuery("select r from IndexRevisionEntity r where r.seriesId = :s"
                + " and r.effectiveFrom <= :d order by r.effectiveFrom, r.id", IndexRevisionEntity.class)
                .setParameter("s", s.id).setParameter("d", year.start()).getResultList()
                .forEach(r -> out.put(YearMonth.parse(r.month.trim()), r.value)));
        return out;
    }

    @Override
    public IndexSeries reviseValue(Actor actor, String code, YearMonth month, BigDecimal value, LocalDate effectiveFrom) {
        Access.requireSecretary(actor, "correct an index value");
        checkCode(code);
        if (month == null) {
            throw new ValidationException("month", "Enter the month as YYYY-MM, e.g. 2028-01.");
        }
        checkValue("value", value);
        ContributionsService.checkFinancialYearStart("effectiveFrom", effectiveFrom, "the correction applies from");
        return data.store().write(actor, (em, audit) -> {
            IndexSeriesEntity s = findSeries(em, code).orElseThrow(() -> new ValidationException("code",
                    "There is no index series " + code + "; import it first."));
            if (!valuesOf(em, code).containsKey(month)) {
                throw new ValidationException("month", code + " has no value for " + month
                        + " to correct; enter the value instead.");
            }
            BigDecimal before = valuesOf(em, code, FinancialYear.containing(effectiveFrom)).get(month);
            IndexRevisionEntity r = new IndexRevisionEntity();
            r.seriesId = s.id;
            r.month = month.toString();
            r.value = value;
            r.effectiveFrom = effectiveFrom;
            r.recordedBy = actor.username();
            r.recordedAt = data.now();
            em.persist(r);
            em.flush();
            audit.record("revise-value", "index-series", code, Map.of("month", FieldChange.of(null, month.toString()),
                    "value", FieldChange.of(before, value), "effectiveFrom", FieldChange.of(null, effectiveFrom)));
            return toRecord(em, s);
        });
    }

    @Override
    public IndexSeries setValue(Actor actor, String code, String name, YearMonth month, BigDecimal value) {
        Access.requireSecretary(actor, "change an index series");
        checkCode(code);
        if (month == null) {
            throw new ValidationException("month", "Enter the month as YYYY-MM, e.g. 2025-01.");
        }
        checkValue("value", value);
        return data.store().write(actor, (em, audit) -> {
            IndexSeriesEntity s = seriesFor(em, code, name);
            save(em, audit, s, month, value);
            return toRecord(em, s);
        });
    }

    @Override
    public int importSeries(Actor actor, String code, String name, String csv) {
        Access.requireSecretary(actor, "import an index series");
        checkCode(code);
        List<CsvRows.Row> rows = CsvRows.parse(csv, List.of("month", "value"));
        List<FieldError> errors = new ArrayList<>();
        Map<YearMonth, BigDecimal> values = new LinkedHashMap<>();
        for (CsvRows.Row r : rows) {
            YearMonth month = null;
            try {
                month = YearMonth.parse(r.get(0));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("line " + r.line() + ": month",
                        "'" + r.get(0) + "' is not a month; write it as YYYY-MM, e.g. 2025-01."));
            }
            BigDecimal value = number(r, 1, "value", errors);
            if (month != null && values.containsKey(month)) {
                errors.add(new FieldError("line " + r.line() + ": month", month + " appears twice; keep one row per month."));
            } else if (month != null && value != null) {
                values.put(month, value);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return data.store().write(actor, (em, audit) -> {
            IndexSeriesEntity s = seriesFor(em, code, name);
            values.forEach((m, v) -> save(em, audit, s, m, v));
            return values.size();
        });
    }

    @Override
    public List<Weighting> weightings() {
        return data.store().read(em -> em.createQuery("select w from WeightingEntity w order by w.code",
                WeightingEntity.class).getResultList().stream().map(w -> toRecord(em, w)).toList());
    }

    @Override
    public Optional<Weighting> weighting(String code) {
        return data.store().read(em -> em.createQuery("select w from WeightingEntity w where w.code = :c",
                WeightingEntity.class).setParameter("c", code).getResultList().stream().findFirst().map(w -> toRecord(em, w)));
    }

    @Override
    public int importWeighting(Actor actor, String code, String name, String csv) {
        Access.requireSecretary(actor, "import a weighting");
        checkCode(code);
        List<CsvRows.Row> rows = CsvRows.parse(csv, List.of("gss_code", "weight"));
        Set<String> known = new HashSet<>(data.store().read(em -> Registry.all(em).stream().map(m -> m.gssCode).toList()));
        List<FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (CsvRows.Row r : rows) {
            String gss = r.get(0).toUpperCase();
            if (!known.contains(gss)) {
                errors.add(new FieldError("line " + r.line() + ": gss_code",
                        "'" + r.get(0) + "' is not the GSS code of a London authority (E09000001 to E09000033)."));
            } else if (weights.containsKey(gss)) {
                errors.add(new FieldError("line " + r.line() + ": gss_code", gss + " appears twice; keep one row each."));
            }
            BigDecimal w = number(r, 1, "weight", errors);
            if (w != null && known.contains(gss)) {
                weights.put(gss, w);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return data.store().write(actor, (em, audit) -> {
            List<WeightingEntity> found = em.createQuery("select w from WeightingEntity w where w.code = :c",
                    WeightingEntity.class).setParameter("c", code).getResultList();
            WeightingEntity w = found.isEmpty() ? new WeightingEntity() : found.get(0);
            w.code = code;
            w.name = name == null || name.isBlank() ? code : name.trim();
            if (found.isEmpty()) {
                em.persist(w);
                em.flush();
            }
            em.createQuery("delete from WeightEntity x where x.weightingId = :w").setParameter("w", w.id).executeUpdate();
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            weights.forEach((gss, v) -> {
                WeightEntity x = new WeightEntity();
                x.weightingId = w.id;
                x.gssCode = gss;
                x.weight = v;
                em.persist(x);
                changes.put(gss, FieldChange.of(null, v.toPlainString()));
            });
            em.flush();
            audit.record("import", "weighting", code, changes);
            return weights.size();
        });
    }

    private static BigDecimal number(CsvRows.Row r, int i, String field, List<FieldError> errors) {
        try {
            BigDecimal v = new BigDecimal(r.get(i));
            if (v.signum() <= 0) {
                errors.add(new FieldError("line " + r.line() + ": " + field, "'" + r.get(i) + "' must be more than 0."));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("line " + r.line() + ": " + field,
                    "'" + r.get(i) + "' is not a number; write it like 131.5 (a point, no thousands separator)."));
            return null;
        }
    }

    private static void checkCode(String code) {
        if (code == null || !code.matches("[A-Z0-9_]{1,20}")) {
            throw new ValidationException("code", "Enter a short code of capital letters and digits, e.g. CPI.");
        }
    }

    private static void checkValue(String field, BigDecimal v) {
        if (v == null || v.signum() <= 0) {
            throw new ValidationException(field, "Enter the index value, a number more than 0, e.g. 133.7.");
        }
    }

    private static Optional<IndexSeriesEntity> findSeries(EntityManager em, String code) {
        return em.createQuery("select s from IndexSeriesEntity s where s.code = :c", IndexSeriesEntity.class)
                .setParameter("c", code).getResultList().stream().findFirst();
    }

    private static IndexSeriesEntity seriesFor(EntityManager em, String code, String name) {
        return findSeries(em, code).orElseGet(() -> {
            IndexSeriesEntity s = new IndexSeriesEntity();
            s.code = code;
            s.name = name == null || name.isBlank() ? code : name.trim();
            em.persist(s);
            em.flush();
            return s;
        });
    }

    private static void save(EntityManager em, plv.platform.spi.persistence.AuditLog audit, IndexSeriesEntity s,
            YearMonth month, BigDecimal value) {
        List<IndexValueEntity> found = em.createQuery(
                "select v from IndexValueEntity v where v.seriesId = :s and v.month = :m", IndexValueEntity.class)
                .setParameter("s", s.id).setParameter("m", month.toString()).getResultList();
        IndexValueEntity v = found.isEmpty() ? new IndexValueEntity() : found.get(0);
        BigDecimal before = v.value;
        v.seriesId = s.id;
        v.month = month.toString();
        v.value = value;
        if (found.isEmpty()) {
            em.persist(v);
        }
        em.flush();
        audit.record(found.isEmpty() ? "create" : "update", "index-value", s.code + " " + month,
                Map.of("value", FieldChange.of(before == null ? null : before.toPlainString(), value.toPlainString())));
    }

    private static IndexSeries toRecord(EntityManager em, IndexSeriesEntity s) {
        List<IndexValue> values = em.createQuery(
                "select v from IndexValueEntity v where v.seriesId = :s order by v.month", IndexValueEntity.class)
                .setParameter("s", s.id).getResultList().stream()
                .map(v -> new IndexValue(YearMonth.parse(v.month), v.value.stripTrailingZeros().scale() < 1
                        ? v.value.setScale(1) : v.value.stripTrailingZeros()))
                .toList();
        return new IndexSeries(s.code, s.name, values);
    }

    private static Weighting toRecord(EntityManager em, WeightingEntity w) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        em.createQuery("select x from WeightEntity x where x.weightingId = :w order by x.gssCode", WeightEntity.class)
                .setParameter("w", w.id).getResultList().forEach(x -> weights.put(x.gssCode, x.weight.stripTrailingZeros()));
        return new Weighting(w.code, w.name, weights);
    }
}
