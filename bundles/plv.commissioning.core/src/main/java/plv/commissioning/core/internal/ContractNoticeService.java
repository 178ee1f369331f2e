package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.ContractNotice;
import plv.commissioning.api.ContractNotices;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.NoticeKind;
import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.spi.persistence.ReadCache;

/** The Procurement Act 2023 notices of every programme's contracts, in COM_CONTRACT_NOTICE, with those the rules expect. */
@Component(service = ContractNotices.class)
public class ContractNoticeService implements ContractNotices {

    static final String RECORD_TYPE = "contract-notice";
    private final CommissioningData data;
    private final ReadCache cache;

    @Activate
    public ContractNoticeService(@Reference CommissioningData data) {
        this.data = data;
        this.cache = new ReadCache(data.store);
    }

    private record DueAsked(Actor actor, LocalDate until, LocalDate today) {
    }

    @Override
    public List<ContractNotice> forContract(Actor actor, String programmeId, long contractId) {
        CommissioningData.requireReader(actor);
        LocalDate today = data.today();
        return data.store.read(em -> {
            ContractEntity c = contract(em, programmeId, contractId);
            return notices(c, recorded(em, List.of(c.id)).getOrDefault(c.id, List.of()), today);
        });
    }

    @Override
    public ContractNotice record(Actor actor, String programmeId, long contractId, NoticeKind kind, LocalDate eventDate,
            LocalDate publishedOn, String noticeReference) {
        CommissioningData.requireKeeper(actor);
        LocalDate today = data.today();
        FormFields f = new FormFields();
        if (kind == null) {
            f.error("kind", "Choose which notice: " + java.util.Arrays.stream(NoticeKind.values()).map(NoticeKind::label)
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (eventDate == null) {
            f.error("eventDate", "Give the day the notice reports: the contract entered into, modified or terminated, or the first"
                    + " day of the 12 months of performance; write it as YYYY-MM-DD.");
        }
        checkPublished(f, publishedOn, today);
        String ref = f.optional("noticeReference", noticeReference, 100);
        f.throwIfAny();
        return data.store.write(actor, (em, audit) -> {
            ContractEntity c = contract(em, programmeId, contractId);
            boolean twice = em.createQuery("SELECT COUNT(n) FROM ContractNoticeEntity n WHERE n.contractId = :c AND n.kind = :k"
                    + " AND n.eventDate = :d", Long.class).setParameter("c", c.id).setParameter("k", kind.id()).setParameter("d", eventDate)
                    .getSingleResult() > 0;
            if (twice) {
                throw new ValidationException("eventDate", "A " + kind.label().toLowerCase(java.util.Locale.UK) + " of " + c.reference
                        + " reporting " + eventDate + " is recorded already; mark that one published instead.");
            }
            ContractNoticeEntity n = new ContractNoticeEntity();
            n.contractId = c.id;
            n.kind = kind.id();
            n.eventDate = eventDate;
            n.dueDate = ProcurementNoticeRules.due(kind, eventDate);
            n.publishedOn = publishedOn;
            n.noticeReference = ref;
            n.recordedBy = actor.username();
            n.recordedAt = data.now();
            em.persist(n);
            em.flush();
            audit.record("create", RECORD_TYPE, auditId(c, n), CommissioningData.changes(Map.of(), n.audited()));
            return toRecord(c, n);
        });
    }

    @Override
    public ContractNotice published(Actor actor, String programmeId, long contractId, long noticeId, long expectedVersion,
            LocalDate publishedOn, String noticeReference) {
        CommissioningData.requireKeeper(actor);
        FormFields f = new FormFields();
        if (publishedOn == null) {
            f.error("publishedOn", "Give the day the notice was published, as YYYY-MM-DD.");
        }
        checkPublished(f, publishedOn, data.today());
        String ref = f.optional("noticeReference", noticeReference, 100);
        f.throwIfAny();
        return data.store.write(actor, (em, audit) -> {
            ContractEntity c = contract(em, programmeId, contractId);
            ContractNoticeEntity n = em.find(ContractNoticeEntity.class, noticeId);
            if (n == null || n.contractId != c.id) {
                throw new NotFoundException("There is no notice " + noticeId + " of contract " + c.reference + ".");
            }
            if (n.version != expectedVersion) {
                throw new ConcurrentChangeException("notice " + noticeId + " of contract " + c.reference);
            }
            if (n.publishedOn != null) {
                throw new ValidationException("publishedOn", "This notice was recorded as published on " + n.publishedOn + " already.");
            }
            Map<String, Object> before = n.audited();
            n.publishedOn = publishedOn;
            if (ref != null) {
                n.noticeReference = ref;
            }
            em.flush();
            audit.record("publish", RECORD_TYPE, auditId(c, n), CommissioningData.changes(before, n.audited()));
            return toRecord(c, n);
        });
    }

    @Override
    public List<ContractNotice> due(Actor actor, LocalDate until) {
        CommissioningData.requireReader(actor);
        LocalDate today = data.today();
        return cache.get(new DueAsked(actor, until, today), () -> data.store.read(em -> {
            // only contracts entered into under the Act can need a notice
            List<ContractEntity> contracts = em.createQuery("SELECT c FROM ContractEntity c WHERE c.dateSigned >= :act"
                    + " ORDER BY c.programmeId, c.reference", ContractEntity.class).setParameter("act", ACT_IN_FORCE)
                    .setHint("eclipselink.read-only", "true").getResultList();
            Map<Long, List<ContractNoticeEntity>> recorded = recorded(em, null);
            List<ContractNotice> out = new ArrayList<>();
            for (ContractEntity c : contracts) {
                notices(c, recorded.getOrDefault(c.id, List.of()), today).stream()
                        .filter(n -> n.publishedOn() == null && !n.dueDate().isAfter(until)).forEach(out::add);
            }
            out.sort(Comparator.comparing(ContractNotice::dueDate).thenComparing(ContractNotice::programmeId)
                    .thenComparing(ContractNotice::contractReference));
            return List.copyOf(out);
        }));
    }

    /** The contract's recorded notices and those the rules expect that are not recorded, by due date. */
    static List<ContractNotice> notices(ContractEntity c, List<ContractNoticeEntity> recorded, LocalDate today) {
        List<ContractNotice> out = new ArrayList<>();
        recorded.forEach(n -> out.add(toRecord(c, n)));
        List<ProcurementNoticeRules.Recorded> facts = recorded.stream().map(n -> new ProcurementNoticeRules.Recorded(
                NoticeKind.byId(n.kind).orElseThrow(), n.eventDate, n.publishedOn)).toList();
        ProcurementNoticeRules.expected(facts(c), facts, today).forEach(x -> out.add(new ContractNotice(0, c.programmeId, c.id,
                c.reference, c.title, x.kind(), x.eventDate(), x.dueDate(), null, "", "", 0)));
        out.sort(Comparator.comparing(ContractNotice::dueDate).thenComparing(n -> n.kind().ordinal()));
        return out;
    }

    static ProcurementNoticeRules.Facts facts(ContractEntity c) {
        LocalDate end = ExtensionRules.endWith(c.endDate, c.optionsExercised, c.extensionMonths);
        return new ProcurementNoticeRules.Facts(c.dateSigned, c.startDate, end, c.valuePence,
                ContractStatus.byId(c.status).orElse(ContractStatus.PENDING));
    }

    /** Recorded notices by contract id: of the given contracts, or of every contract when null. */
    private static Map<Long, List<ContractNoticeEntity>> recorded(EntityManager em, List<Long> contractIds) {
        var q = em.createQuery("SELECT n FROM ContractNoticeEntity n" + (contractIds == null ? "" : " WHERE n.contractId IN :ids")
                + " ORDER BY n.id", ContractNoticeEntity.class);
        if (contractIds != null) {
            q.setParameter("ids", contractIds);
        }
        return q.getResultList().stream().collect(Collectors.groupingBy(n -> n.contractId));
    }

    private static void checkPublished(FormFields f, LocalDate publishedOn, LocalDate today) {
        if (publishedOn != null && publishedOn.isAfter(today)) {
            f.error("publishedOn", "Published on " + publishedOn + " is after today (" + today + "); record a notice as published once it is.");
        }
    }

    private static ContractEntity contract(EntityManager em, String programmeId, long id) {
        ContractEntity c = em.find(ContractEntity.class, id);
        if (c == null || !c.programmeId.equals(programmeId)) {
            throw new NotFoundException("There is no contract " + id + " in the contract register of " + programmeId + ".");
        }
        return c;
    }

    private static String auditId(ContractEntity c, ContractNoticeEntity n) {
        return c.programmeId + "/" + c.reference + "/" + n.kind + "/" + n.eventDate;
    }

    static ContractNotice toRecord(ContractEntity c, ContractNoticeEntity n) {
        return new ContractNotice(n.id, c.programmeId, c.id, c.reference, c.title, NoticeKind.byId(n.kind).orElseThrow(), n.eventDate,
                n.dueDate, n.publishedOn, n.noticeReference == null ? "" : n.noticeReference, n.recordedBy, n.version);
    }
}
