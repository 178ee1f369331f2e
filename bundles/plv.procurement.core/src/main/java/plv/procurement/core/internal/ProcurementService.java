package plv.procurement.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.NotFoundException;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;
import plv.platform.api.time.WorkingDays;
import plv.procurement.api.Admission;
import plv.procurement.api.AdmissionStatus;
import plv.procurement.api.Arrangement;
import plv.procurement.api.Bid;
import plv.procurement.api.CallOff;
import plv.procurement.api.ProcurementModel;
import plv.procurement.api.Procurements;

/** The procurement arrangements of every programme, in the PROC_ tables, every change audited. */
@Component(service = Procurements.class)
public class ProcurementService implements Procurements {

    static final List<Class<?>> ENTITIES = List.of(ArrangementEntity.class, AdmissionEntity.class, CallOffEntity.class, BidEntity.class);

    private final Store store;
    private final boolean owned;
    private final WorkingDays days = WorkingDays.englandAndWales();

    @Activate
    public ProcurementService(BundleContext context, @Reference PersistenceUnits units) {
        this(units.open(new UnitSpec(context.getBundle(), ENTITIES, "db/migration")), true);
    }

    ProcurementService(Store store, boolean owned) {
        this.store = store;
        this.owned = owned;
    }

    @Deactivate
    void close() {
        if (owned) {
            store.close();
        }
    }

    static void requireReader(Actor actor) {
        if (!actor.in(RoleGroup.REGISTER_READERS)) {
            throw new AccessDeniedException("Only commissioning officers, the company secretary and directors see procurement arrangements.");
        }
    }

    static void requireKeeper(Actor actor) {
        if (!actor.in(RoleGroup.REGISTER_KEEPERS)) {
            throw new AccessDeniedException("Only commissioning officers and the company secretary keep procurement arrangements.");
        }
    }

    @Override
    public List<Arrangement> arrangements(Actor actor, String programmeId) {
        requireReader(actor);
        return store.read(em -> em.createQuery("SELECT a FROM ArrangementEntity a WHERE a.programmeId = :p ORDER BY a.opensOn, a.reference",
                ArrangementEntity.class).setParameter("p", programmeId).getResultList().stream().map(a -> toRecord(em, a)).toList());
    }

    @Override
    public Arrangement arrangement(Actor actor, long id) {
        requireReader(actor);
        return store.read(em -> toRecord(em, find(em, id)));
    }

    @Override
    public Optional<Arrangement> byReference(Actor actor, String programmeId, String reference) {
        return arrangements(actor, programmeId).stream().filter(a -> a.reference().equalsIgnoreCase(reference == null ? "" : reference.strip()))
                .findFirst();
    }

    @Override
    public Arrangement create(Actor actor, String programmeId, String reference, String title, String model, String opensOn,
            String closesOn, List<String> criteria) {
        requireKeeper(actor);
        List<FieldError> errors = new ArrayList<>();
        String ref = text(reference, "reference", "Reference", 40, true, errors);
        String t = text(title, "title", "Title", 200, true, errors);
        Optional<ProcurementModel> m = ProcurementModel.byId(model);
        if (m.isEmpty()) {
            errors.add(new FieldError("model", "Model '" + model + "' is not one of " + Arrays.stream(ProcurementModel.values())
                    .map(ProcurementModel::id).toList() + "."));
        }
        LocalDate opens = date(opensOn, "opensOn", "Opens on", true, errors);
        LocalDate closes = date(closesOn, "closesOn", "Closes on", false, errors);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add(new FieldError("closesOn", "Closes on " + closes + " is before it opens on " + opens + "; give a later date."));
        }
        List<String> c = criteria == null ? List.of() : criteria.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (String.join("\n", c).length() > 4000) {
            errors.add(new FieldError("criteria", "The criteria are longer than 4000 characters; shorten them."));
        }
        if (m.isPresent() && m.get() == ProcurementModel.BLOCK_CONTRACT && !c.isEmpty()) {
            errors.add(new FieldError("criteria", "A block contract admits no providers, so it has no admission criteria; leave them empty."));
        }
        if (errors.isEmpty() && store.read(em -> !em.createQuery("SELECT a FROM ArrangementEntity a WHERE a.programmeId = :p AND"
                + " a.reference = :r", ArrangementEntity.class).setParameter("p", programmeId).setParameter("r", ref).getResultList().isEmpty())) {
            errors.add(new FieldError("reference", "The programme has an arrangement " + ref + " already; choose another reference."));
        }
        throwIf(errors);
        ArrangementEntity e = new ArrangementEntity();
        e.programmeId = programmeId;
        e.reference = ref;
        e.title = t;
        e.model = m.get().id();
        e.opensOn = opens;
        e.closesOn = closes;
        e.criteria = c.isEmpty() ? null : String.join("\n", c);
        return store.write(actor, (em, audit) -> {
            em.persist(e);
            em.flush();
            Map<String, FieldChange> ch = new LinkedHashMap<>();
            ch.put("programmeId", FieldChange.of(null, programmeId));
            ch.put("reference", FieldChange.of(null, ref));
            ch.put("model", FieldChange.of(null, e.model));
            ch.put("opensOn", FieldChange.of(null, opens));
            audit.record("create", "procurement-arrangement", e.id, ch);
            return toRecord(em, e);
        });
    }

    @Override
    public Admission apply(Actor actor, long arrangementId, String providerName, String registrationNumber, String appliedOn) {
        requireKeeper(actor);
        Arrangement a = arrangement(actor, arrangementId);
        List<FieldError> errors = new ArrayList<>();
        String name = text(providerName, "providerName", "Provider name", 200, true, errors);
        String reg = text(registrationNumber, "registrationNumber", "Registration number", 40, false, errors);
        LocalDate day = date(appliedOn, "appliedOn", "Applied on", true, errors);
        if (day != null) {
            ProcurementRules.applicationRefused(a, day).ifPresent(msg -> errors.add(new FieldError("appliedOn", msg)));
        }
        if (name != null && a.admissions().stream().anyMatch(x -> ProcurementRules.normal(x.providerName()).equals(ProcurementRules.normal(name))
                && x.status() != AdmissionStatus.REFUSED)) {
            errors.add(new FieldError("providerName", name + " has applied to " + a.reference() + " already."));
        }
        throwIf(errors);
        AdmissionEntity e = new AdmissionEntity();
        e.arrangementId = arrangementId;
        e.providerName = name;
        e.registrationNumber = reg == null || reg.isEmpty() ? null : reg;
        e.appliedOn = day;
        e.status = AdmissionStatus.APPLIED.id();
        return store.write(actor, (em, audit) -> {
            em.persist(e);
            em.flush();
            audit.record("apply", "procurement-admission", e.id, Map.of("providerName", FieldChange.of(null, name),
                    "appliedOn", FieldChange.of(null, day)));
            return admission(e);
        });
    }

    @Override
    public Admission decide(Actor actor, long arrangementId, long admissionId, Set<Integer> criteriaMet, String decidedOn) {
        requireKeeper(actor);
        Arrangement a = arrangement(actor, arrangementId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date(decidedOn, "decidedOn", "Decided on", true, errors);
        Admission x = a.admissions().stream().filter(ad -> ad.id() == admissionId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no application " + admissionId + " to " + a.reference() + "."));
        if (x.status() != AdmissionStatus.APPLIED) {
            errors.add(new FieldError("status", x.providerName() + "'s application was " + x.status().id() + " on " + x.decidedOn()
                    + " already."));
        }
        if (day != null && day.isBefore(x.appliedOn())) {
            errors.add(new FieldError("decidedOn", "Decided on " + day + " is before the application on " + x.appliedOn() + "."));
        }
        Set<Integer> met = criteriaMet == null ? Set.of() : criteriaMet;
        met.stream().filter(i -> i < 1 || i > a.criteria().size()).findFirst().ifPresent(i -> errors.add(new FieldError("criteriaMet",
                "There is no criterion " + i + "; " + a.reference() + " has " + a.criteria().size() + ".")));
        throwIf(errors);
        Optional<String> unmet = ProcurementRules.unmet(a.criteria(), met);
        return store.write(actor, (em, audit) -> {
            AdmissionEntity e = em.find(AdmissionEntity.class, admissionId);
            e.status = (unmet.isEmpty() ? AdmissionStatus.ADMITTED : AdmissionStatus.REFUSED).id();
            e.decidedOn = day;
            e.reason = unmet.orElse(null);
            audit.record("decide", "procurement-admission", e.id, Map.of("status", FieldChange.of("applied", e.status),
                    "decidedOn", FieldChange.of(null, day)));
            return admission(e);
        });
    }

    @Override
    public CallOff openCallOff(Actor actor, long arrangementId, String reference, String requirement, String invitedOn, String bidsCloseOn) {
        requireKeeper(actor);
        Arrangement a = arrangement(actor, arrangementId);
        List<FieldError> errors = new ArrayList<>();
        String ref = text(reference, "reference", "Reference", 40, true, errors);
        String req = text(requirement, "requirement", "Requirement", 500, true, errors);
        LocalDate invited = date(invitedOn, "invitedOn", "Invited on", true, errors);
        LocalDate close = date(bidsCloseOn, "bidsCloseOn", "Bids close on", true, errors);
        if (!a.model().admitsProviders()) {
            errors.add(new FieldError("arrangement", a.reference() + " is a block contract: it has no call-offs."));
        }
        if (invited != null && (invited.isBefore(a.opensOn()) || a.closesOn() != null && invited.isAfter(a.closesOn()))) {
            errors.add(new FieldError("invitedOn", "Invited on " + invited + " is outside " + a.reference() + " (" + a.opensOn() + " to "
                    + (a.closesOn() == null ? "open-ended" : a.closesOn()) + ")."));
        }
        if (invited != null && close != null && close.isBefore(invited)) {
            errors.add(new FieldError("bidsCloseOn", "Bids close on " + close + " is before the invitation on " + invited + "."));
        }
        if (ref != null && a.callOffs().stream().anyMatch(c -> c.reference().equalsIgnoreCase(ref))) {
            errors.add(new FieldError("reference", a.reference() + " has a call-off " + ref + " already; choose another reference."));
        }
        if (invited != null && errors.isEmpty() && a.admittedOn(invited).isEmpty()) {
            errors.add(new FieldError("invitedOn", "No provider is admitted to " + a.reference() + " on " + invited + "; admit one first."));
        }
        throwIf(errors);
        List<Admission> invitees = a.admittedOn(invited);
        return store.write(actor, (em, audit) -> {
            CallOffEntity e = new CallOffEntity();
            e.arrangementId = arrangementId;
            e.reference = ref;
            e.requirement = req;
            e.invitedOn = invited;
            e.bidsCloseOn = close;
            em.persist(e);
            em.flush();
            for (Admission ad : invitees) {
                BidEntity b = new BidEntity();
                b.callOffId = e.id;
                b.providerName = ad.providerName();
                em.persist(b);
            }
            em.flush();
            audit.record("open", "procurement-call-off", e.id, Map.of("reference", FieldChange.of(null, ref), "invited",
                    FieldChange.of(null, String.valueOf(invitees.size()))));
            return callOff(em, e);
        });
    }

    @Override
    public CallOff bid(Actor actor, long arrangementId, long callOffId, String providerName, String pricePounds, String qualityScore) {
        requireKeeper(actor);
        Arrangement a = arrangement(actor, arrangementId);
        CallOff c = a.callOffs().stream().filter(x -> x.id() == callOffId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no call-off " + callOffId + " under " + a.reference() + "."));
        List<FieldError> errors = new ArrayList<>();
        String n = ProcurementRules.normal(providerName);
        if (c.bids().stream().noneMatch(b -> ProcurementRules.normal(b.providerName()).equals(n))) {
            errors.add(new FieldError("providerName", (providerName == null ? "" : providerName.strip()) + " was not invited to "
                    + c.reference() + "; only the providers admitted on " + c.invitedOn() + " bid on it."));
        }
        if (c.awardedTo() != null) {
            errors.add(new FieldError("providerName", c.reference() + " was awarded already; bids are closed."));
        }
        Long pence = null;
        try {
            long p = plv.platform.api.money.Money.parse(pricePounds == null ? "" : pricePounds);
            if (p <= 0 || p > 100_000_000_000L) { // above £0, up to £1,000,000,000
                throw new NumberFormatException("out of range");
            }
            pence = p;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("price", "Price '" + pricePounds + "' is not an amount in pounds above 0 and up to £1,000,000,000 with"
                    + " at most 2 decimals, e.g. 215000.00."));
        }
        Integer quality = null;
        try {
            quality = Integer.valueOf(qualityScore == null ? "" : qualityScore.strip());
            if (quality < 0 || quality > 100) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError("qualityScore", "Quality score '" + qualityScore + "' is not a whole number from 0 to 100."));
            quality = null;
        }
        throwIf(errors);
        long price = pence;
        int q = quality;
        return store.write(actor, (em, audit) -> {
            BidEntity b = em.createQuery("SELECT b FROM BidEntity b WHERE b.callOffId = :c", BidEntity.class).setParameter("c", callOffId)
                    .getResultList().stream().filter(x -> ProcurementRules.normal(x.providerName).equals(n)).findFirst().orElseThrow();
            Map<String, FieldChange> ch = new LinkedHashMap<>();
            ch.put("pricePence", FieldChange.of(b.pricePence, price));
            ch.put("qualityScore", FieldChange.of(b.qualityScore, q));
            b.pricePence = price;
            b.qualityScore = q;
            audit.record("bid", "procurement-bid", b.id, ch);
            return callOff(em, em.find(CallOffEntity.class, callOffId));
        });
    }

    @Override
    public CallOff award(Actor actor, long arrangementId, long callOffId, String providerName, String awardNoticeOn) {
        requireKeeper(actor);
        Arrangement a = arrangement(actor, arrangementId);
        CallOff c = a.callOffs().stream().filter(x -> x.id() == callOffId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no call-off " + callOffId + " under " + a.reference() + "."));
        List<FieldError> errors = new ArrayList<>();
        LocalDate notice = date(awardNoticeOn, "awardNoticeOn", "Award notice published on", true, errors);
        String name = text(providerName, "providerName", "Provider name", 200, true, errors);
        if (errors.isEmpty()) {
            ProcurementRules.awardRefused(a, c, name, notice).ifPresent(msg -> errors.add(new FieldError("providerName", msg)));
        }
        throwIf(errors);
        String winner = c.bids().stream().filter(b -> ProcurementRules.normal(b.providerName()).equals(ProcurementRules.normal(name)))
                .findFirst().orElseThrow().providerName();
        LocalDate ends = ProcurementRules.standstillEnds(notice, days);
        return store.write(actor, (em, audit) -> {
            CallOffEntity e = em.find(CallOffEntity.class, callOffId);
            e.awardedTo = winner;
            e.awardNoticeOn = notice;
            e.standstillEndsOn = ends;
            audit.record("award", "procurement-call-off", e.id, Map.of("awardedTo", FieldChange.of(null, winner),
                    "awardNoticeOn", FieldChange.of(null, notice), "standstillEndsOn", FieldChange.of(null, ends)));
            return callOff(em, e);
        });
    }

    @Override
    public boolean admitted(String programmeId, ProcurementModel model, String providerName, String registrationNumber) {
        String n = ProcurementRules.normal(providerName);
        String r = ProcurementRules.normal(registrationNumber);
        return arrangements(Actor.system(), programmeId).stream().filter(a -> a.model() == model).flatMap(a -> a.admissions().stream())
                .filter(x -> x.status() == AdmissionStatus.ADMITTED)
                .anyMatch(x -> ProcurementRules.normal(x.providerName()).equals(n) || !r.isEmpty() && ProcurementRules.normal(x.registrationNumber()).equals(r));
    }

    @Override
    public boolean has(String programmeId, ProcurementModel model) {
        return arrangements(Actor.system(), programmeId).stream().anyMatch(a -> a.model() == model);
    }

    private static ArrangementEntity find(EntityManager em, long id) {
        ArrangementEntity e = em.find(ArrangementEntity.class, id);
        if (e == null) {
            throw new NotFoundException("There is no procurement arrangement " + id + ".");
        }
        return e;
    }

    private static Arrangement toRecord(EntityManager em, ArrangementEntity e) {
        List<Admission> admissions = em.createQuery("SELECT x FROM AdmissionEntity x WHERE x.arrangementId = :a ORDER BY x.appliedOn, x.id",
                AdmissionEntity.class).setParameter("a", e.id).getResultList().stream().map(ProcurementService::admission).toList();
        List<CallOff> callOffs = em.createQuery("SELECT c FROM CallOffEntity c WHERE c.arrangementId = :a ORDER BY c.invitedOn, c.id",
                CallOffEntity.class).setParameter("a", e.id).getResultList().stream().map(c -> callOff(em, c)).toList();
        return new Arrangement(e.id, e.programmeId, e.reference, e.title, ProcurementModel.byId(e.model).orElseThrow(), e.opensOn,
                e.closesOn, e.criteria == null ? List.of() : List.of(e.criteria.split("\n")), admissions, callOffs);
    }

    private static Admission admission(AdmissionEntity e) {
        return new Admission(e.id, e.providerName, e.registrationNumber == null ? "" : e.registrationNumber, e.appliedOn,
                AdmissionStatus.valueOf(e.status.toUpperCase(java.util.Locale.ROOT)), e.decidedOn, e.reason == null ? "" : e.reason);
    }

    private static CallOff callOff(EntityManager em, CallOffEntity e) {
        List<Bid> bids = em.createQuery("SELECT b FROM BidEntity b WHERE b.callOffId = :c ORDER BY b.providerName", BidEntity.class)
                .setParameter("c", e.id).getResultList().stream().map(b -> new Bid(b.providerName, b.pricePence, b.qualityScore, null, null))
                .toList();
        return new CallOff(e.id, e.reference, e.requirement, e.invitedOn, e.bidsCloseOn, ProcurementRules.scored(bids), e.awardedTo,
                e.awardNoticeOn, e.standstillEndsOn);
    }

    private static String text(String value, String field, String label, int max, boolean required, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            errors.add(new FieldError(field, label + " is required."));
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, label + " is " + v.length() + " characters long; shorten it to " + max + " or fewer."));
            return null;
        }
        return v;
    }

    private static LocalDate date(String value, String field, String label, boolean required, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, label + " is required; write it as YYYY-MM-DD, e.g. 2026-04-01."));
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, label + " '" + v + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01."));
            return null;
        }
    }

    private static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
