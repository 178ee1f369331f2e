package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractCheck;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractPage;
import plv.commissioning.api.ContractQuery;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.ExtensionOption;
import plv.commissioning.api.KeyDate;
import plv.commissioning.api.ProcurementRoute;
import plv.commissioning.api.SupplierKind;
import plv.commissioning.api.TenderInvitation;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import plv.platform.api.Actor;
import plv.platform.spi.persistence.ReadCache;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;

/**
 * The contract registers of every programme, in COM_CONTRACT. A programme's {@link ContractCheck} services (by their
 * {@code plv.programme.type}) run on its contracts before anything is written; a programme bundle that stops takes its
 * checks with it.
 */
@Component(service = ContractRegister.class, configurationPid = "plv.commissioning.contracts")
@Designate(ocd = ContractRegisterService.Config.class)
public class ContractRegisterService implements ContractRegister {

    @ObjectClassDefinition(name = "PLV contract register", description = "Publication of the contract register.")
    public @interface Config {
        @AttributeDefinition(name = "Transparency Code threshold (£)", description = "Contracts whose value exceeds this are published"
                + " in the Local Government Transparency Code register (contracts.csv); the Code's figure is £5,000.")
        long transparencyThresholdPounds() default 5000;
    }

    /** Rows read from the database at a time for the published register. */
    static final int PAGE = 500;
    static final String RECORD_TYPE = "contract";
    /** The longest notice an extension option may have (ContractValidation), bounding how early its decision falls. */
    static final int MAX_NOTICE_MONTHS = 24;
    private final long thresholdPence;
    private final ReadCache cache;
    private final CommissioningData data;
    private final Map<ContractCheck, String> checks = new ConcurrentHashMap<>();

    @Activate
    public ContractRegisterService(@Reference CommissioningData data, Config config) {
        this.data = data;
        this.thresholdPence = Math.max(0, config.transparencyThresholdPounds()) * 100;
        this.cache = new ReadCache(data.store);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addCheck(ContractCheck check, Map<String, Object> properties) {
        checks.put(check, String.valueOf(properties.getOrDefault("plv.programme.type", "")));
    }

    void removeCheck(ContractCheck check) {
        checks.remove(check);
    }

    @Override
    public List<Contract> list(Actor actor, String programmeId) {
        CommissioningData.requireReader(actor);
        LocalDate today = data.today();
        return data.store.read(em -> em.createQuery(
                "SELECT c FROM ContractEntity c WHERE c.programmeId = :p ORDER BY c.startDate, c.reference", ContractEntity.class)
                .setParameter("p", programmeId).getResultList().stream().map(c -> toRecord(c, actor, today)).toList());
    }

    @Override
    public Contract get(Actor actor, String programmeId, long id) {
        CommissioningData.requireReader(actor);
        return data.store.read(em -> toRecord(find(em, programmeId, id), actor, data.today()));
    }

    @Override
    public Contract add(Actor actor, String programmeId, ContractDraft draft) {
        CommissioningData.requireKeeper(actor);
        ContractEntity e = new ContractEntity();
        check(programmeId, draft, e, false);
        try {
            return data.store.write(actor, (em, audit) -> {
                requireUniqueReference(em, programmeId, e.reference, null);
                e.programmeId = programmeId;
                em.persist(e);
                em.flush();
                audit.record("create", RECORD_TYPE, programmeId + "/" + e.reference, CommissioningData.changes(Map.of(), e.audited()));
                return toRecord(e, actor, data.today());
            });
        } catch (RuntimeException ex) {
            if (CommissioningData.isUniqueViolation(ex)) { // added by someone else between the check and the insert
                throw duplicateReference(e.reference);
            }
            throw ex;
        }
    }

    @Override
    public Contract update(Actor actor, String programmeId, long id, long expectedVersion, ContractDraft draft) {
        CommissioningData.requireKeeper(actor);
        return data.store.write(actor, (em, audit) -> {
            ContractEntity e = find(em, programmeId, id);
            if (e.version != expectedVersion) {
                throw new ConcurrentChangeException("contract " + e.reference);
            }
            Map<String, Object> before = e.audited();
            check(programmeId, draft, e, e.exemptParagraph != null && !actor.mayReadCompanyExempt());
            requireUniqueReference(em, programmeId, e.reference, e.id);
            audit.record("update", RECORD_TYPE, programmeId + "/" + e.reference, CommissioningData.changes(before, e.audited()));
            em.flush();
            return toRecord(e, actor, data.today());
        });
    }

    @Override
    public void transparencyRows(Actor actor, String programmeId, java.util.function.Consumer<List<String>> row) {
        CommissioningData.requireReader(actor);
        String lastProgramme = "";
        String lastReference = "";
        while (true) {
            String p = lastProgramme;
            String r = lastReference;
            // keyset paging on the (PROGRAMME_ID, REFERENCE) unique index: each page is a short read of at most PAGE rows
            List<ContractEntity> page = data.store.read(em -> {
                var q = em.createQuery("SELECT c FROM ContractEntity c WHERE c.valuePence > :t"
                        + (programmeId == null ? "" : " AND c.programmeId = :only")
                        + " AND (c.programmeId > :p OR (c.programmeId = :p AND c.reference > :r)) ORDER BY c.programmeId, c.reference",
                        ContractEntity.class).setParameter("t", thresholdPence).setParameter("p", p).setParameter("r", r)
                        .setHint("eclipselink.read-only", "true").setMaxResults(PAGE);
                if (programmeId != null) {
                    q.setParameter("only", programmeId);
                }
                return q.getResultList();
            });
            page.forEach(e -> row.accept(TransparencyRows.row(e)));
            if (page.size() < PAGE) {
                return;
            }
            ContractEntity last = page.get(page.size() - 1);
            lastProgramme = last.programmeId;
            lastReference = last.reference;
        }
    }

    @Override
    public ContractPage search(Actor actor, ContractQuery query) {
        CommissioningData.requireReader(actor);
        LocalDate today = data.today();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (query.programmeId() != null) {
            where.append(" AND c.programmeId = :programme");
            params.put("programme", query.programmeId());
        }
        if (query.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", query.status().id());
        }
        if (query.route() != null) {
            where.append(" AND c.procurementRoute = :route");
            params.put("route", query.route().id());
        }
        if (!query.supplier().isEmpty()) {
            // a prefix on the lower-case key as a range the index on SUPPLIER_KEY answers (PostgreSQL uses an index for LIKE
            // 'x%' only under the C collation); LIKE keeps it exact; wildcards typed are taken literally
            String prefix = query.supplier();
            where.append(" AND c.supplierKey >= :from AND c.supplierKey < :to AND c.supplierKey LIKE :supplier ESCAPE '!'");
            params.put("from", prefix);
            params.put("to", prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1));
            params.put("supplier", prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        String dir = query.descending() ? " DESC" : "";
        String order = switch (query.sort()) {
            case REFERENCE -> "c.programmeId" + dir + ", c.reference" + dir;
            case START -> "c.startDate" + dir + ", c.id" + dir;
            case END -> "c.endDate" + dir + ", c.id" + dir;
            case VALUE -> "c.valuePence" + dir + ", c.id" + dir;
            case SUPPLIER -> "c.supplierKey" + dir + ", c.id" + dir;
        };
        // how many match changes only with a write: remembered until the next one (see ReadCache)
        long total = cache.get(new CountAsked(query.programmeId(), query.status(), query.route(), query.supplier()), () -> data.store.read(em -> {
            var q = em.createQuery("SELECT COUNT(c) FROM ContractEntity c" + where, Long.class);
            params.forEach(q::setParameter);
            return q.getSingleResult();
        }));
        List<Contract> rows = data.store.read(em -> {
            var q = em.createQuery("SELECT c FROM ContractEntity c" + where + " ORDER BY " + order, ContractEntity.class)
                    .setHint("eclipselink.read-only", "true").setFirstResult(query.offset()).setMaxResults(query.limit());
            params.forEach(q::setParameter);
            return q.getResultList().stream().map(c -> toRecord(c, actor, today)).toList();
        });
        return new ContractPage(rows, total, query);
    }

    private record CountAsked(String programmeId, ContractStatus status, ProcurementRoute route, String supplier) {
    }

    @Override
    public List<KeyDate> keyDates(Actor actor, LocalDate from, LocalDate to) {
        CommissioningData.requireReader(actor);
        LocalDate today = data.today();
        // read on every dashboard visit (deadlines); see ReadCache for how a cached answer stays true
        return cache.get(new KeyDatesAsked(actor, from, to, today), () -> {
            List<KeyDate> out = new ArrayList<>();
            // only the contracts that can have a date in the period are read (at 100,000 contracts reading them all took
            // seconds): its review date or end date in it, or open extension options whose decision-by dates can fall in it
            // (a decision is due at most 24 months, the longest notice, before the end of the period it follows)
            data.store.read(em -> em.createQuery("SELECT c FROM ContractEntity c WHERE c.status NOT IN ('cancelled', 'terminated')"
                    + " AND ((c.reviewDate >= :from AND c.reviewDate <= :to) OR (c.endDate >= :from AND c.endDate <= :to)"
                    + " OR (c.extensionOptions > 0 AND c.endDate <= :decisions)) ORDER BY c.programmeId, c.reference", ContractEntity.class)
                    .setParameter("from", from).setParameter("to", to).setParameter("decisions", to.plusMonths(MAX_NOTICE_MONTHS))
                    .setHint("eclipselink.read-only", "true").getResultList()).forEach(c -> out.addAll(keyDates(toRecord(c, actor, today))));
            return out.stream().filter(k -> !k.date().isBefore(from) && !k.date().isAfter(to))
                    .sorted(java.util.Comparator.comparing(KeyDate::date)).toList();
        });
    }

    private record KeyDatesAsked(Actor actor, LocalDate from, LocalDate to, LocalDate today) {
    }

    static List<KeyDate> keyDates(Contract c) {
        if (c.status() == ContractStatus.CANCELLED || c.status() == ContractStatus.TERMINATED) {
            return List.of();
        }
        String path = CommissioningPaths.contracts(c.programmeId()) + "/" + c.id();
        List<KeyDate> out = new ArrayList<>();
        out.add(new KeyDate(c.programmeId(), c.currentEndDate(), KeyDate.Kind.CONTRACT_END, c.reference(),
                "Contract " + c.reference() + " ends: " + c.title(), path));
        if (c.reviewDate() != null) {
            out.add(new KeyDate(c.programmeId(), c.reviewDate(), KeyDate.Kind.CONTRACT_REVIEW, c.reference(),
                    "Contract " + c.reference() + " review: " + c.title(), path));
        }
        for (ExtensionOption o : c.extensionOptions()) {
            if (o.state() == ExtensionOption.State.OPEN) {
                out.add(new KeyDate(c.programmeId(), o.decisionBy(), KeyDate.Kind.EXTENSION_DECISION, c.reference(),
                        "Decide on extension option " + o.number() + " of " + c.reference() + " (to " + o.to() + "): " + c.title(), path));
            }
        }
        return out;
    }

    /** The register's own checks, then the programme's; refuses with every problem found, having written nothing. */
    private void check(String programmeId, ContractDraft draft, ContractEntity e, boolean keepValues) {
        FormFields f = new FormFields();
        ContractValidation.apply(draft, e, f, keepValues);
        if (f.errors.isEmpty()) {
            checks.forEach((check, type) -> {
                if (type.isEmpty() || type.equals(programmeId)) {
                    check.check(programmeId, draft).forEach(err -> f.error(err.field(), err.message()));
                }
            });
        }
        f.throwIfAny();
    }

    private static void requireUniqueReference(EntityManager em, String programmeId, String reference, Long self) {
        List<Long> ids = em.createQuery("SELECT c.id FROM ContractEntity c WHERE c.programmeId = :p AND c.reference = :r", Long.class)
                .setParameter("p", programmeId).setParameter("r", reference).getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(self))) {
            throw duplicateReference(reference);
        }
    }

    private static ValidationException duplicateReference(String reference) {
        return new ValidationException("reference", "Reference " + reference
                + " is already in this programme's contract register; give each contract its own reference.");
    }

    private static ContractEntity find(EntityManager em, String programmeId, long id) {
        ContractEntity e = em.find(ContractEntity.class, id);
        if (e == null || !e.programmeId.equals(programmeId)) {
            throw new NotFoundException("There is no contract " + id + " in the contract register of " + programmeId + ".");
        }
        return e;
    }

    static Contract toRecord(ContractEntity e, Actor actor, LocalDate today) {
        boolean withheld = e.exemptParagraph != null && !actor.mayReadCompanyExempt();
        List<ExtensionOption> options = ExtensionRules.options(e.endDate, e.extensionOptions, e.extensionMonths, e.extensionNoticeMonths,
                e.optionsExercised, today);
        return new Contract(e.id, e.programmeId, e.reference, e.title, e.department, e.description == null ? "" : e.description,
                e.supplierName, e.supplierRegistrationNumber == null ? "" : e.supplierRegistrationNumber,
                SupplierKind.byId(e.supplierKind).orElse(SupplierKind.NEITHER), withheld ? null : e.valuePence,
                withheld ? null : e.annualValuePence, withheld ? null : e.irrecoverableVatPence, withheld, e.exemptParagraph, e.startDate,
                e.endDate, e.reviewDate, e.dateSigned, ProcurementRoute.byId(e.procurementRoute).orElse(ProcurementRoute.OPEN),
                ContractStatus.byId(e.status).orElse(ContractStatus.PENDING), e.extensionOptions, e.extensionMonths, e.extensionNoticeMonths,
                e.optionsExercised, options, ExtensionRules.endWith(e.endDate, e.optionsExercised, e.extensionMonths),
                ExtensionRules.endWith(e.endDate, e.extensionOptions, e.extensionMonths), e.version,
                e.supplierAddress == null ? "" : e.supplierAddress, e.charityNumber == null ? "" : e.charityNumber,
                e.vatNumber == null ? "" : e.vatNumber, e.sme, e.vcse,
                TenderInvitation.byId(e.tenderInvitation).orElse(TenderInvitation.NEITHER),
                e.redactedFields == null ? java.util.Set.of() : java.util.Set.of(e.redactedFields.split(",")),
                e.redactionReason == null ? "" : e.redactionReason);
    }
}
