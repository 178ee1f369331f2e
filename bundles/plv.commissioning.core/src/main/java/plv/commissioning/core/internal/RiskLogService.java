package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.commissioning.api.CommissioningPaths;
import plv.commissioning.api.KeyDate;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAcceptance;
import plv.commissioning.api.RiskAction;
import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.commissioning.api.RiskReview;
import plv.commissioning.api.RiskScore;
import plv.commissioning.api.RiskStatus;
import plv.commissioning.api.RiskTrend;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.ReadCache;

/** The risk logs of every programme, in COM_RISK with their actions and reviews. */
@Component(service = RiskLog.class)
public class RiskLogService implements RiskLog {

    static final String RECORD_TYPE = "risk";
    private final CommissioningData data;
    private final ReadCache cache;

    @Activate
    public RiskLogService(@Reference CommissioningData data) {
        this.data = data;
        this.cache = new ReadCache(data.store);
    }

    /** What a cached read was asked: the risk log and its review dates are read on every dashboard visit. */
    private record Asked(String what, Actor actor, Object a, Object b, LocalDate day) {
    }

    @Override
    public List<Risk> list(Actor actor, String programmeId) {
        CommissioningData.requireReader(actor);
        return cache.get(new Asked("list", actor, programmeId, null, data.today()), () -> data.store.read(em -> em.createQuery(
                "SELECT r FROM RiskEntity r WHERE r.programmeId = :p ORDER BY r.reference", RiskEntity.class)
                .setParameter("p", programmeId).getResultList().stream().map(r -> toRecord(em, r, appetites(em), data.today())).toList()));
    }

    @Override
    public Risk get(Actor actor, String programmeId, long id) {
        CommissioningData.requireReader(actor);
        return data.store.read(em -> toRecord(em, find(em, programmeId, id), appetites(em), data.today()));
    }

    @Override
    public Risk add(Actor actor, String programmeId, RiskDraft draft) {
        CommissioningData.requireKeeper(actor);
        return addOnce(actor, programmeId, draft);
    }

    private Risk addOnce(Actor actor, String programmeId, RiskDraft draft) {
        LocalDate today = data.today();
        RiskEntity e = new RiskEntity();
        RiskValidation.Checked checked = RiskValidation.apply(draft, e, today, null);
        return data.store.write(actor, (em, audit) -> {
            e.programmeId = programmeId;
            e.reference = nextReference(em, programmeId);  // from a locked counter: concurrent adds queue, never clash
            e.trend = RiskTrend.NEW.id();
            e.reviewedOn = today;
            em.persist(e);
            em.flush();
            replaceActions(em, e.id, checked.actions());
            audit.record("create", RECORD_TYPE, programmeId + "/" + e.reference, CommissioningData.changes(Map.of(), e.audited()));
            return toRecord(em, e, appetites(em), data.today());
        });
    }

    @Override
    public Risk update(Actor actor, String programmeId, long id, long expectedVersion, RiskDraft draft) {
        CommissioningData.requireKeeper(actor);
        return data.store.write(actor, (em, audit) -> {
            RiskEntity e = find(em, programmeId, id);
            checkVersion(e, expectedVersion);
            Map<String, Object> before = e.audited();
            RiskScore previous = new RiskScore(e.currentLikelihood, e.currentImpact);
            RiskValidation.Checked checked = RiskValidation.apply(draft, e, data.today(), e.targetDate);
            RiskScore now = new RiskScore(e.currentLikelihood, e.currentImpact);
            if (!now.equals(previous)) {
                e.trend = RiskRules.trend(previous, now).id();
            }
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            replaceActions(em, e.id, checked.actions());
            audit.record("update", RECORD_TYPE, programmeId + "/" + e.reference, CommissioningData.changes(before, e.audited()));
            em.flush();
            return toRecord(em, e, appetites(em), data.today());
        });
    }

    @Override
    public Risk review(Actor actor, String programmeId, long id, long expectedVersion, String likelihood, String impact, String note) {
        CommissioningData.requireKeeper(actor);
        FormFields f = new FormFields();
        int l = f.score("likelihood", likelihood);
        int i = f.score("impact", impact);
        String cleanNote = f.optional("note", note, 4000);
        f.throwIfAny();
        RiskScore score = new RiskScore(l, i);
        LocalDate today = data.today();
        return data.store.write(actor, (em, audit) -> {
            RiskEntity e = find(em, programmeId, id);
            checkVersion(e, expectedVersion);
            RiskScore before = new RiskScore(e.currentLikelihood, e.currentImpact);
            RiskTrend trend = RiskRules.trend(before, score);
            e.currentLikelihood = l;
            e.currentImpact = i;
            e.trend = trend.id();
            e.reviewedOn = today;
            String clearedFlag = e.flagReason;
            e.flaggedOn = null;
            e.flagReason = null;
            RiskReviewEntity r = new RiskReviewEntity();
            r.riskId = e.id;
            r.reviewedOn = today;
            r.reviewedBy = actor.username();
            r.likelihood = l;
            r.impact = i;
            r.trend = trend.id();
            r.note = cleanNote;
            em.persist(r);
            Map<String, FieldChange> changes = new java.util.LinkedHashMap<>(Map.of(
                    "currentScore", FieldChange.of(before.value(), score.value()), "trend", FieldChange.of(null, trend.id()),
                    "nextReview", FieldChange.of(null, RiskRules.nextReview(score, today))));
            if (clearedFlag != null) {
                changes.put("flagReason", FieldChange.of(clearedFlag, null));
            }
            // the review the ended acceptance asked for: the risk is open again (or is accepted anew by a director)
            current(em, e.id).filter(a -> RiskAcceptanceRules.status(a.acceptedUntil, today) == RiskStatus.ACCEPTANCE_ENDED).ifPresent(a -> {
                a.endedOn = today;
                changes.put("status", FieldChange.of(RiskStatus.ACCEPTANCE_ENDED.id(), RiskStatus.OPEN.id()));
            });
            audit.record("review", RECORD_TYPE, programmeId + "/" + e.reference, changes);
            em.flush();
            return toRecord(em, e, appetites(em), data.today());
        });
    }

    @Override
    public Risk accept(Actor actor, String programmeId, long id, long expectedVersion, String until, String reason) {
        CommissioningData.requireReader(actor);
        if (!actor.is(Role.DIRECTOR)) {
            throw new AccessDeniedException("A director accepts a risk; your role (" + actor.role().label() + ") may record reviews and"
                    + " actions but not accept a risk.");
        }
        LocalDate today = data.today();
        FormFields f = new FormFields();
        LocalDate last = f.date("acceptedUntil", until, true);
        if (last != null && last.isBefore(today)) {
            f.error("acceptedUntil", "Accepted until " + last + " is before today (" + today + "); give the last day the acceptance holds,"
                    + " today or later.");
        }
        String why = f.required("reason", reason, 2000);
        f.throwIfAny();
        return data.store.write(actor, (em, audit) -> {
            RiskEntity e = find(em, programmeId, id);
            checkVersion(e, expectedVersion);
            java.util.Optional<RiskAcceptanceEntity> previous = current(em, e.id);
            previous.ifPresent(a -> a.endedOn = today);
            RiskAcceptanceEntity a = new RiskAcceptanceEntity();
            a.riskId = e.id;
            a.acceptedBy = actor.username();
            a.acceptedOn = today;
            a.acceptedUntil = last;
            a.reason = why;
            em.persist(a);
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            Map<String, FieldChange> changes = new java.util.LinkedHashMap<>();
            changes.put("status", FieldChange.of(RiskAcceptanceRules.status(previous.map(p -> p.acceptedUntil).orElse(null), today).id(),
                    RiskStatus.ACCEPTED.id()));
            changes.put("acceptedUntil", FieldChange.of(previous.map(p -> p.acceptedUntil).orElse(null), last));
            changes.put("acceptedBy", FieldChange.of(previous.map(p -> p.acceptedBy).orElse(null), actor.username()));
            changes.put("reason", FieldChange.of(previous.map(p -> p.reason).orElse(null), why));
            audit.record("accept", RECORD_TYPE, programmeId + "/" + e.reference, changes);
            em.flush();
            return toRecord(em, e, appetites(em), today);
        });
    }

    @Override
    public List<KeyDate> acceptancesEnding(Actor actor, LocalDate to) {
        CommissioningData.requireReader(actor);
        LocalDate today = data.today();
        return cache.get(new Asked("acceptancesEnding", actor, to, null, today), () -> data.store.read(em -> em.createQuery(
                "SELECT a, r FROM RiskAcceptanceEntity a, RiskEntity r WHERE a.riskId = r.id AND a.endedOn IS NULL"
                        + " AND a.acceptedUntil <= :to ORDER BY a.acceptedUntil, r.programmeId, r.reference", Object[].class)
                .setParameter("to", to).getResultList().stream().map(row -> {
                    RiskAcceptanceEntity a = (RiskAcceptanceEntity) row[0];
                    RiskEntity r = (RiskEntity) row[1];
                    String title = RiskAcceptanceRules.status(a.acceptedUntil, today) == RiskStatus.ACCEPTANCE_ENDED
                            ? "Review risk " + r.reference + ": its acceptance ended on " + a.acceptedUntil + " (" + r.title + ")"
                            : "Acceptance of risk " + r.reference + " ends on " + a.acceptedUntil + ": " + r.title;
                    return new KeyDate(r.programmeId, a.acceptedUntil, KeyDate.Kind.ACCEPTANCE_ENDS, r.reference, title,
                            CommissioningPaths.risks(r.programmeId) + "/" + r.id);
                }).toList()));
    }

    /** The risk's current acceptance (not ended by a review or a newer acceptance), if any. */
    private static java.util.Optional<RiskAcceptanceEntity> current(EntityManager em, long riskId) {
        return em.createQuery("SELECT a FROM RiskAcceptanceEntity a WHERE a.riskId = :id AND a.endedOn IS NULL ORDER BY a.id DESC",
                RiskAcceptanceEntity.class).setParameter("id", riskId).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public Risk flagForReview(Actor actor, String programmeId, String reference, String reason) {
        CommissioningData.requireKeeper(actor);
        FormFields f = new FormFields();
        String why = f.required("reason", reason, 500);
        f.throwIfAny();
        LocalDate today = data.today();
        return data.store.write(actor, (em, audit) -> {
            RiskEntity e = em.createQuery("SELECT r FROM RiskEntity r WHERE r.programmeId = :p AND r.reference = :r", RiskEntity.class)
                    .setParameter("p", programmeId).setParameter("r", reference).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no risk " + reference + " in the risk log of " + programmeId
                            + "; add it, or set the programme's risk reference to one that is there."));
            String before = e.flagReason;
            LocalDate flaggedBefore = e.flaggedOn;
            if (e.flaggedOn == null) {
                e.flaggedOn = today;
                e.flagReason = why;
            } else if (!e.flagReason.contains(why)) {
                String joined = e.flagReason + "; " + why;
                e.flagReason = joined.length() > 2000 ? joined.substring(joined.length() - 2000) : joined;
            }
            if (!java.util.Objects.equals(before, e.flagReason)) {
                audit.record("flag", RECORD_TYPE, programmeId + "/" + e.reference, Map.of(
                        "flaggedOn", FieldChange.of(flaggedBefore, e.flaggedOn), "flagReason", FieldChange.of(before, e.flagReason)));
            }
            em.flush();
            return toRecord(em, e, appetites(em), today);
        });
    }

    /** When the risk is next due for review: by its score, or the day it was flagged when that is sooner. */
    static LocalDate nextReview(RiskEntity r) {
        LocalDate byScore = RiskRules.nextReview(new RiskScore(r.currentLikelihood, r.currentImpact), r.reviewedOn);
        return r.flaggedOn != null && r.flaggedOn.isBefore(byScore) ? r.flaggedOn : byScore;
    }

    @Override
    public List<KeyDate> reviewsDue(Actor actor, LocalDate from, LocalDate to) {
        CommissioningData.requireReader(actor);
        return cache.get(new Asked("reviewsDue", actor, from, to, data.today()), () -> data.store.read(em -> em.createQuery("SELECT r FROM RiskEntity r ORDER BY r.programmeId, r.reference", RiskEntity.class)
                .getResultList().stream().map(r -> {
                    LocalDate next = nextReview(r);
                    return new KeyDate(r.programmeId, next, KeyDate.Kind.RISK_REVIEW, r.reference, "Review risk " + r.reference + ": " + r.title
                            + (r.flagReason == null ? "" : " (flagged: " + r.flagReason + ")"),
                            CommissioningPaths.risks(r.programmeId) + "/" + r.id);
                }).filter(k -> !k.date().isBefore(from) && !k.date().isAfter(to)).toList()));
    }

    private static void checkVersion(RiskEntity e, long expectedVersion) {
        if (e.version != expectedVersion) {
            throw new ConcurrentChangeException("risk " + e.reference);
        }
    }

    private String nextReference(EntityManager em, String programmeId) {
        long next = data.store.nextNumber(em, "commissioning.risk." + programmeId, m -> highestReference(m, programmeId));
        return String.format("%s%02d", RiskRules.prefix(programmeId) + "-R", next);
    }

    /** The highest number among the programme's existing references (seeds the counter the first time). */
    private static long highestReference(EntityManager em, String programmeId) {
        List<String> refs = em.createQuery("SELECT r.reference FROM RiskEntity r WHERE r.programmeId = :p", String.class)
                .setParameter("p", programmeId).getResultList();
        String prefix = RiskRules.prefix(programmeId) + "-R";
        int max = refs.stream().filter(r -> r.startsWith(prefix)).mapToInt(r -> {
            try {
                return Integer.parseInt(r.substring(prefix.length()));
            } catch (NumberFormatException ex) {
                return 0;
            }
        }).max().orElse(0);
        return max;
    }

    private static RiskEntity find(EntityManager em, String programmeId, long id) {
        RiskEntity e = em.find(RiskEntity.class, id);
        if (e == null || !e.programmeId.equals(programmeId)) {
            throw new NotFoundException("There is no risk " + id + " in the risk log of " + programmeId + ".");
        }
        return e;
    }

    private static void replaceActions(EntityManager em, long riskId, List<RiskAction> actions) {
        em.createQuery("DELETE FROM RiskActionEntity a WHERE a.riskId = :id").setParameter("id", riskId).executeUpdate();
        int position = 1;
        for (RiskAction a : actions) {
            RiskActionEntity ae = new RiskActionEntity();
            ae.riskId = riskId;
            ae.position = position++;
            ae.description = a.description();
            ae.owner = a.owner();
            ae.dueDate = a.dueDate();
            em.persist(ae);
        }
    }

    /** The board's appetite in force today, read once per request. */
    private Appetites appetites(EntityManager em) {
        return Appetites.on(RiskAppetiteService.settings(em), data.today());
    }

    static Risk toRecord(EntityManager em, RiskEntity e, Appetites appetites, LocalDate today) {
        RiskCategory category = RiskCategory.byId(e.category).orElse(RiskCategory.OPERATIONAL);
        RiskScore current = new RiskScore(e.currentLikelihood, e.currentImpact);
        List<RiskAction> actions = new ArrayList<>();
        if (e.id != null) {
            em.createQuery("SELECT a FROM RiskActionEntity a WHERE a.riskId = :id ORDER BY a.position", RiskActionEntity.class)
                    .setParameter("id", e.id).getResultList().forEach(a -> actions.add(new RiskAction(a.description, a.owner, a.dueDate)));
        }
        List<RiskReview> reviews = e.id == null ? List.of()
                : em.createQuery("SELECT r FROM RiskReviewEntity r WHERE r.riskId = :id ORDER BY r.id DESC", RiskReviewEntity.class)
                        .setParameter("id", e.id).getResultList().stream()
                        .map(r -> new RiskReview(r.reviewedOn, r.reviewedBy, new RiskScore(r.likelihood, r.impact),
                                RiskTrend.valueOf(r.trend.toUpperCase(java.util.Locale.ROOT)), r.note == null ? "" : r.note))
                        .toList();
        List<RiskAcceptance> acceptances = e.id == null ? List.of()
                : em.createQuery("SELECT a FROM RiskAcceptanceEntity a WHERE a.riskId = :id ORDER BY a.id DESC", RiskAcceptanceEntity.class)
                        .setParameter("id", e.id).getResultList().stream().map(RiskAcceptanceEntity::toRecord).toList();
        RiskAcceptance acceptance = acceptances.stream().filter(a -> a.endedOn() == null).findFirst().orElse(null);
        RiskStatus status = RiskAcceptanceRules.status(acceptance == null ? null : acceptance.acceptedUntil(), today);
        return new Risk(e.id, e.programmeId, e.reference, e.title, category, e.owner, new RiskScore(e.inherentLikelihood, e.inherentImpact),
                current, new RiskScore(e.targetLikelihood, e.targetImpact), e.targetDate, e.controls == null ? "" : e.controls, actions,
                RiskTrend.valueOf(e.trend.toUpperCase(java.util.Locale.ROOT)), e.reviewedOn, nextReview(e),
                appetites.above(category, current.value()), reviews, e.version, status, acceptance, acceptances, e.flaggedOn, e.flagReason);
    }
}
