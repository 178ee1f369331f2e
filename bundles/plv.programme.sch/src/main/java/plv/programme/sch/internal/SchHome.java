package plv.programme.sch.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import plv.membership.api.Member;
import plv.membership.api.MemberRegister;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.FieldError;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.persistence.Database;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;
import plv.platform.api.time.FinancialYear;
import plv.platform.api.time.PlvClock;
import plv.programme.sch.internal.AllocationRule.Situation;
import plv.programme.sch.internal.AllocationRule.Verdict;
import plv.programme.sch.internal.Kinds.AgeBand;
import plv.programme.sch.internal.Kinds.Decision;
import plv.programme.sch.internal.Kinds.LegalBasis;
import plv.programme.sch.internal.Kinds.Need;
import plv.programme.sch.internal.Kinds.Unit;
import plv.programme.sch.internal.Kinds.Urgency;

/**
 * The home's places, referrals, placements and prices in the programme's own PRG_SCH_ tables, and what is worked out
 * from them: the allocation rule's verdict, occupancy and the income from places sold to non-members.
 * <p>
 * Who sees what: commissioning officers and the company secretary see everything; a placing officer (bound to one
 * council) sees and makes only that council's referrals and sees only its placements; everyone else signed in sees
 * aggregates only (the places board without councils, occupancy, sales).
 */
@Component(service = SchHome.class, configurationPid = SchSettings.PID)
@Designate(ocd = SchSettings.class)
public class SchHome {

    /** 24 secure places and a 4-bed step-down home (seed 004). */
    static final int SECURE_PLACES = 24;
    static final int STEP_DOWN_PLACES = 4;
    static final int PLACES = SECURE_PLACES + STEP_DOWN_PLACES;
    /** The illustrative opening date the demo uses (so that it can show about 18 months of placements). */
    static final LocalDate DEMO_OPENING = LocalDate.of(2025, 6, 2);
    /** Seed 001: London's children were placed 192 miles from home on average. */
    static final int LONDON_AVERAGE_MILES = 192;

    private static final Pattern GSS = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9/-]{2,39}");

    /** A place on the board. */
    public record Place(String code, Unit unit, String status, String statusLabel, String closedReason, Long placementId,
            String councilName) {
    }

    /** A referral as its readers see it. */
    public record Referral(long id, String reference, String councilGss, String councilName, boolean member, String subRegion,
            LocalDate receivedOn, AgeBand ageBand, LegalBasis legalBasis, List<Need> needs, Urgency urgency, Integer distanceMiles,
            String notes, Decision decision, String decisionReason, LocalDate decidedOn, String decidedBy,
            String reserveAuthorisedBy, Long placementId) {
    }

    /** A stay in a place. */
    public record Stay(String placeCode, Unit unit, LocalDate startedOn, LocalDate endedOn) {
    }

    /** A placement with its stays (moves between the units). */
    public record Placement(long id, long referralId, String reference, String councilGss, String councilName, boolean member,
            String subRegion, LocalDate start, LocalDate plannedEnd, LocalDate actualEnd, Integer distanceMiles, List<Stay> stays) {

        public Unit currentUnit() {
            return stays.isEmpty() ? null : stays.get(stays.size() - 1).unit();
        }
    }

    /** What a referral form gives. */
    public record ReferralInput(String reference, String councilGss, String councilName, String receivedOn, String ageBand,
            String legalBasis, List<String> needs, String urgency, String distanceMiles, String notes, boolean confirmNotes) {
    }

    private final Store store;
    private final MemberRegister members;
    private final PlvClock clock;
    private final SchSettings settings;
    private final LocalDate opening;

    @Activate
    public SchHome(BundleContext context, @Reference PersistenceUnits units, @Reference MemberRegister members,
            @Reference PlvClock clock, @Reference Database database, SchSettings settings) {
        this.store = units.open(new UnitSpec(context.getBundle(), List.of(PlaceEntity.class, ReferralEntity.class,
                PlacementEntity.class, StayEntity.class, PriceEntity.class, InspectionEntity.class, InspectionActionEntity.class,
                IncidentEntity.class, IncidentNoticeEntity.class), "db/migration"));
        this.members = members;
        this.clock = clock;
        this.settings = settings;
        this.opening = openingDate(settings, Boolean.parseBoolean(context.getProperty("plv.demo")));
        // Nodes sharing a database may start together: one creates the places, the others then find them.
        database.exclusively("plv.programme.sch.places", this::createPlaces);
    }

    /** For tests outside the framework. */
    SchHome(Store store, MemberRegister members, PlvClock clock, SchSettings settings, LocalDate opening) {
        this.store = store;
        this.members = members;
        this.clock = clock;
        this.settings = settings;
        this.opening = opening;
        createPlaces();
    }

    @Deactivate
    void close() {
        store.close();
    }

    static LocalDate openingDate(SchSettings s, boolean demo) {
        String text = s.openingDate() == null ? "" : s.openingDate().strip();
        if (demo && "2028-01-04".equals(text)) {
            return DEMO_OPENING;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("plv.programme.sch openingDate '" + text + "' is not a date like 2028-01-04");
        }
    }

    /** Creates the 28 places when there are none. */
    private void createPlaces() {
        if (store.anyRow("PRG_SCH_PLACE")) {
            return; // created at an earlier start (checked without building the persistence unit)
        }
        store.write(Actor.system(), (em, audit) -> {
            long n = em.createQuery("SELECT COUNT(p) FROM PlaceEntity p", Long.class).getSingleResult();
            if (n == 0) {
                for (int i = 1; i <= PLACES; i++) {
                    PlaceEntity p = new PlaceEntity();
                    p.code = i <= SECURE_PLACES ? String.format("S%02d", i) : String.format("D%02d", i - SECURE_PLACES);
                    p.unit = (i <= SECURE_PLACES ? Unit.SECURE : Unit.STEP_DOWN).name();
                    em.persist(p);
                }
                audit.record("create", "sch-places", 0L, Map.of("places", FieldChange.of(null, PLACES)));
            }
            return null;
        });
    }

    /** Runs demo loading in one transaction of the programme's store, unless a referral exists; answers whether it ran. */
    boolean loadDemo(java.util.function.Consumer<EntityManager> work) {
        return store.write(Actor.system(), (em, audit) -> {
            if (em.createQuery("SELECT COUNT(r) FROM ReferralEntity r", Long.class).getSingleResult() > 0) {
                return false;
            }
            work.accept(em);
            audit.record("demo", "sch-demo", 0L, Map.of("loaded", FieldChange.of(null, "illustrative demo data")));
            return true;
        });
    }

    /** The programme's store, shared with its inspections and incidents (one persistence unit per bundle). */
    Store store() {
        return store;
    }

    SchSettings settings() {
        return settings;
    }

    // ---- settings and time

    LocalDate opening() {
        return opening;
    }

    int reserve() {
        return settings.emergencyReserve();
    }

    int targetPercent() {
        return settings.targetOccupancyPercent();
    }

    LocalDate today() {
        return clock.today();
    }

    boolean open() {
        return !today().isBefore(opening);
    }

    // ---- who sees what

    static boolean seesAll(Actor a) {
        return a.in(RoleGroup.REGISTER_KEEPERS);
    }

    static boolean seesCases(Actor a) {
        return seesAll(a) || a.is(Role.PLACING_OFFICER) && a.councilGss() != null;
    }

    /** Inspections are the home's, not a child's: every signed-in user may read them; keepers record them. */
    static void requireKeeperOf(Actor a, String what) {
        if (!seesAll(a)) {
            throw new AccessDeniedException("Only the programme's commissioning officers and the company secretary record " + what + ".");
        }
    }

    private static boolean sees(Actor a, String councilGss) {
        return seesAll(a) || a.is(Role.PLACING_OFFICER) && councilGss.equals(a.councilGss());
    }

    private static void requireCases(Actor a) {
        if (!seesCases(a)) {
            throw new AccessDeniedException("Only commissioning officers, the company secretary and councils' placing officers see"
                    + " referrals and placements; directors and viewers see the occupancy figures.");
        }
    }

    private static void requireKeeper(Actor a) {
        if (!seesAll(a)) {
            throw new AccessDeniedException("Only the programme's commissioning officers and the company secretary decide referrals"
                    + " and record placements.");
        }
    }

    // ---- places

    /** The board on {@code day}: occupied, closed, emergency reserve (the last free secure places) or available. */
    List<Place> places(Actor actor, LocalDate day) {
        return store.read(em -> {
            List<PlaceEntity> places = em.createQuery("SELECT p FROM PlaceEntity p ORDER BY p.code", PlaceEntity.class).getResultList();
            Map<String, PlacementEntity> byPlace = new LinkedHashMap<>();
            Map<Long, PlacementEntity> placements = em.createQuery("SELECT p FROM PlacementEntity p", PlacementEntity.class)
                    .getResultList().stream().collect(Collectors.toMap(p -> p.id, p -> p));
            for (StayEntity s : stays(em)) {
                if (!s.startedOn.isAfter(day) && (s.endedOn == null || !s.endedOn.isBefore(day))) {
                    byPlace.put(s.placeCode, placements.get(s.placementId));
                }
            }
            Map<String, String> names = councilNames(em);
            List<String> freeSecure = places.stream().filter(p -> p.closedReason == null && Unit.SECURE.name().equals(p.unit)
                    && !byPlace.containsKey(p.code)).map(p -> p.code).toList();
            Set<String> reserved = new TreeSet<>(freeSecure.subList(Math.max(0, freeSecure.size() - reserve()), freeSecure.size()));
            List<Place> out = new ArrayList<>();
            for (PlaceEntity p : places) {
                PlacementEntity on = byPlace.get(p.code);
                String status;
                if (on != null) {
                    status = "occupied";
                } else if (p.closedReason != null) {
                    status = "closed";
                } else if (reserved.contains(p.code)) {
                    status = "reserve";
                } else {
                    status = "available";
                }
                boolean show = on != null && sees(actor, on.councilGss);
                out.add(new Place(p.code, Unit.valueOf(p.unit), status, statusLabel(status), p.closedReason,
                        show ? on.id : null, show ? names.get(on.councilGss) : null));
            }
            return out;
        });
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "occupied" -> "Occupied";
            case "closed" -> "Closed";
            case "reserve" -> "Emergency reserve";
            default -> "Available";
        };
    }

    /** Closes a place with a reason, or reopens it (blank reason). */
    void closePlace(Actor actor, String code, String reason) {
        requireKeeper(actor);
        String r = reason == null ? "" : reason.strip();
        if (r.length() > 500) {
            throw new ValidationException("reason", "Reason is " + r.length() + " characters long; shorten it to 500 or fewer.");
        }
        store.write(actor, (em, audit) -> {
            PlaceEntity p = em.createQuery("SELECT p FROM PlaceEntity p WHERE p.code = :c", PlaceEntity.class).setParameter("c", code)
                    .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("There is no place " + code + "."));
            String old = p.closedReason;
            p.closedReason = r.isEmpty() ? null : r;
            audit.record(r.isEmpty() ? "reopen" : "close", "sch-place", p.id, Map.of("closedReason", FieldChange.of(old, p.closedReason)));
            return null;
        });
    }

    // ---- referrals

    List<Referral> referrals(Actor actor) {
        requireCases(actor);
        return store.read(em -> {
            Map<Long, Long> placementByReferral = placementByReferral(em);
            return em.createQuery("SELECT r FROM ReferralEntity r ORDER BY r.receivedOn DESC, r.id DESC", ReferralEntity.class)
                    .getResultList().stream().filter(r -> sees(actor, r.councilGss)).map(r -> view(r, placementByReferral.get(r.id)))
                    .toList();
        });
    }

    /** Every referral, for aggregate figures only (the quarterly report): callers show no reference. */
    List<Referral> referralsForFigures() {
        return store.read(em -> em.createQuery("SELECT r FROM ReferralEntity r ORDER BY r.receivedOn, r.id", ReferralEntity.class)
                .getResultList().stream().map(r -> view(r, null)).toList());
    }

    /** One referral; another council's answers "not found" to a placing officer, as if it did not exist. */
    Referral referral(Actor actor, long id) {
        requireCases(actor);
        return store.read(em -> {
            ReferralEntity r = em.find(ReferralEntity.class, id);
            if (r == null || !sees(actor, r.councilGss)) {
                throw new NotFoundException("There is no referral " + id + ".");
            }
            return view(r, placementByReferral(em).get(r.id));
        });
    }

    /** The allocation rule's verdict for a waiting referral on {@code day}. */
    Verdict verdict(Actor actor, long id, LocalDate day, String authorisedBy) {
        Referral r = referral(actor, id);
        return store.read(em -> AllocationRule.decide(situation(em, r.id(), r.member(), r.urgency(), day, authorisedBy)));
    }

    private Situation situation(EntityManager em, long referralId, boolean member, Urgency urgency, LocalDate day, String authorisedBy) {
        int free = freeSecure(em, day).size();
        long waiting = em.createQuery("SELECT COUNT(r) FROM ReferralEntity r WHERE r.decision = :w AND r.member = 1 AND r.id <> :id",
                Long.class).setParameter("w", Decision.WAITING.name()).setParameter("id", referralId).getSingleResult();
        return new Situation(member, urgency, free, reserve(), (int) waiting, authorisedBy);
    }

    private List<String> freeSecure(EntityManager em, LocalDate day) {
        Set<String> busy = stays(em).stream().filter(s -> !s.startedOn.isAfter(day) && (s.endedOn == null || !s.endedOn.isBefore(day)))
                .map(s -> s.placeCode).collect(Collectors.toSet());
        return em.createQuery("SELECT p FROM PlaceEntity p WHERE p.closedReason IS NULL AND p.unit = :u ORDER BY p.code", PlaceEntity.class)
                .setParameter("u", Unit.SECURE.name()).getResultList().stream().map(p -> p.code).filter(c -> !busy.contains(c)).toList();
    }

    private List<String> freeOf(EntityManager em, Unit unit, LocalDate day) {
        // busy: in use on the day or at any time after it
        Set<String> busy = stays(em).stream().filter(s -> s.endedOn == null || !s.endedOn.isBefore(day))
                .map(s -> s.placeCode).collect(Collectors.toSet());
        return em.createQuery("SELECT p FROM PlaceEntity p WHERE p.closedReason IS NULL AND p.unit = :u ORDER BY p.code", PlaceEntity.class)
                .setParameter("u", unit.name()).getResultList().stream().map(p -> p.code).filter(c -> !busy.contains(c)).toList();
    }

    /** Records a referral: commissioning officers and the secretary for any council, a placing officer for their own. */
    Referral refer(Actor actor, ReferralInput in) {
        requireCases(actor);
        List<FieldError> errors = new ArrayList<>();
        String reference = in.reference() == null ? "" : in.reference().strip().toUpperCase(Locale.ROOT);
        if (!REFERENCE.matcher(reference).matches()) {
            errors.add(new FieldError("reference", "Pseudonymous reference: enter the placing council's reference for the child, 3 to 40"
                    + " letters, digits, hyphens or slashes (e.g. CAM-2025-0142), never the child's name."));
        }
        String gss = actor.is(Role.PLACING_OFFICER) ? actor.councilGss()
                : in.councilGss() == null ? "" : in.councilGss().strip().toUpperCase(Locale.ROOT);
        if (actor.is(Role.PLACING_OFFICER) && in.councilGss() != null && !in.councilGss().isBlank()
                && !in.councilGss().strip().equalsIgnoreCase(actor.councilGss())) {
            throw new AccessDeniedException("A placing officer refers children of their own council only (" + actor.councilGss() + ").");
        }
        Optional<Member> m = Optional.empty();
        if (!GSS.matcher(gss).matches()) {
            errors.add(new FieldError("councilGss", "Council: enter the placing council's GSS code, e.g. E09000007 for Camden or"
                    + " E10000016 for Kent."));
        } else {
            m = members.member(Actor.system(), gss);
        }
        String name = m.map(Member::name).orElse(in.councilName() == null ? "" : in.councilName().strip());
        if (GSS.matcher(gss).matches() && (name.isEmpty() || name.length() > 100)) {
            errors.add(new FieldError("councilName", "Council name: " + gss + " is not on the register of members; enter the council's"
                    + " name (up to 100 characters), e.g. Kent County Council."));
        }
        LocalDate received = date(errors, "receivedOn", "Received on", in.receivedOn(), today());
        if (received != null && received.isAfter(today())) {
            errors.add(new FieldError("receivedOn", "Received on " + received + " is in the future; enter the day the referral arrived."));
        }
        AgeBand age = Kinds.parse(AgeBand.class, in.ageBand()).orElse(null);
        if (age == null) {
            errors.add(new FieldError("ageBand", "Age band: choose one (10 to 12, 13 to 14, 15 to 16 or 17); never a date of birth."));
        }
        LegalBasis basis = Kinds.parse(LegalBasis.class, in.legalBasis()).orElse(null);
        if (basis == null) {
            errors.add(new FieldError("legalBasis", "Legal basis: choose the secure accommodation order or the 72-hour placement without one."));
        }
        List<Need> needs = new ArrayList<>();
        for (String n : in.needs() == null ? List.<String>of() : in.needs()) {
            Kinds.parse(Need.class, n).ifPresentOrElse(x -> {
                if (!needs.contains(x)) {
                    needs.add(x);
                }
            }, () -> errors.add(new FieldError("needs", "Needs: '" + abbreviate(n) + "' is not a category; choose from the list.")));
        }
        if (needs.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("needs"))) {
            errors.add(new FieldError("needs", "Needs: choose at least one category."));
        }
        Urgency urgency = Kinds.parse(Urgency.class, in.urgency()).orElse(null);
        if (urgency == null) {
            errors.add(new FieldError("urgency", "Urgency: choose planned, urgent or emergency."));
        }
        Integer miles = null;
        String milesText = in.distanceMiles() == null ? "" : in.distanceMiles().strip();
        if (!milesText.isEmpty()) {
            try {
                miles = Integer.valueOf(milesText);
                if (miles < 0 || miles > 1000) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("distanceMiles", "Distance from home: enter whole miles from 0 to 1000, e.g. 12."));
            }
        }
        String notes = in.notes() == null ? "" : in.notes().strip();
        if (notes.length() > 2000) {
            errors.add(new FieldError("notes", "Notes are " + notes.length() + " characters long; shorten them to 2000 or fewer."));
        } else if (!in.confirmNotes()) {
            List<String> warnings = IdentityCheck.warnings("Notes", notes);
            if (!warnings.isEmpty()) {
                errors.add(new FieldError("notes", String.join(" ", warnings)
                        + " If the text identifies nobody, tick 'These notes identify nobody' and save again."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ReferralEntity e = new ReferralEntity();
        e.reference = reference;
        e.councilGss = gss;
        e.councilName = name;
        e.member = m.map(x -> memberOn(x, received)).orElse(false) ? 1 : 0;
        e.subRegion = m.map(x -> x.subRegion() == null ? null : x.subRegion().name()).orElse(null);
        e.receivedOn = received;
        e.ageBand = age.name();
        e.legalBasis = basis.name();
        e.needs = needs.stream().map(Enum::name).collect(Collectors.joining(","));
        e.urgency = urgency.name();
        e.distanceMiles = miles;
        e.notes = notes.isEmpty() ? null : notes;
        e.decision = Decision.WAITING.name();
        return store.write(actor, (em, audit) -> {
            em.persist(e);
            em.flush();
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("reference", FieldChange.of(null, e.reference));
            changes.put("councilGss", FieldChange.of(null, e.councilGss));
            changes.put("member", FieldChange.of(null, e.member == 1));
            changes.put("urgency", FieldChange.of(null, e.urgency));
            audit.record("refer", "sch-referral", e.id, changes);
            return view(e, null);
        });
    }

    static boolean memberOn(Member m, LocalDate day) {
        return m.registeredOn() != null && !m.registeredOn().isAfter(day) && (m.ceasedOn() == null || !m.ceasedOn().isBefore(day));
    }

    /**
     * Accepts a waiting referral and places the child from {@code start} in a free secure place, as the allocation
     * rule allows on that day; refuses (nothing changed) when the rule says wait.
     */
    Placement accept(Actor actor, long id, String start, String plannedEnd, String authorisedBy) {
        requireKeeper(actor);
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date(errors, "start", "Start", start, null);
        LocalDate until = date(errors, "plannedEnd", "Planned end", plannedEnd, null);
        if (from != null && until != null && until.isBefore(from)) {
            errors.add(new FieldError("plannedEnd", "Planned end " + until + " is before the start " + from + "; enter a later date."));
        }
        if (from != null && from.isBefore(opening)) {
            errors.add(new FieldError("start", "Start " + from + " is before the home opens on " + opening + "."));
        }
        String who = authorisedBy == null ? "" : authorisedBy.strip();
        if (who.length() > 200) {
            errors.add(new FieldError("authorisedBy", "Authorised by: shorten it to 200 characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.write(actor, (em, audit) -> {
            ReferralEntity r = em.find(ReferralEntity.class, id);
            if (r == null) {
                throw new NotFoundException("There is no referral " + id + ".");
            }
            if (!Decision.WAITING.name().equals(r.decision)) {
                throw new ValidationException("decision", "Referral " + r.reference + " is already "
                        + Decision.valueOf(r.decision).label().toLowerCase(Locale.UK) + ".");
            }
            if (from.isBefore(r.receivedOn)) {
                throw new ValidationException("start", "Start " + from + " is before the referral was received on " + r.receivedOn + ".");
            }
            Verdict v = AllocationRule.decide(situation(em, r.id, r.member == 1, Urgency.valueOf(r.urgency), from, who));
            if (!v.offers()) {
                throw new ValidationException("start", "The allocation rule does not allow a place on " + from + ": "
                        + v.reasons().get(v.reasons().size() - 1));
            }
            List<String> free = freeSecure(em, from).stream().filter(c -> freeOf(em, Unit.SECURE, from).contains(c)).toList();
            if (free.isEmpty()) {
                throw new ValidationException("start", "No secure place is free from " + from + " onwards (a later placement is booked).");
            }
            r.decision = Decision.ACCEPTED.name();
            r.decidedOn = today();
            r.decidedBy = actor.username();
            r.reserveAuthorisedBy = v.outcome() == AllocationRule.Outcome.OFFER_FROM_RESERVE ? who : null;
            PlacementEntity p = new PlacementEntity();
            p.referralId = r.id;
            p.councilGss = r.councilGss;
            p.start = from;
            p.plannedEnd = until;
            p.distanceMiles = r.distanceMiles;
            em.persist(p);
            em.flush();
            StayEntity s = new StayEntity();
            s.placementId = p.id;
            s.placeCode = free.get(0);
            s.startedOn = from;
            em.persist(s);
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put("decision", FieldChange.of(Decision.WAITING.name(), r.decision));
            changes.put("outcome", FieldChange.of(null, v.outcome().name()));
            changes.put("reserveAuthorisedBy", FieldChange.of(null, r.reserveAuthorisedBy));
            audit.record("accept", "sch-referral", r.id, changes);
            audit.record("place", "sch-placement", p.id, Map.of("place", FieldChange.of(null, s.placeCode),
                    "start", FieldChange.of(null, from), "plannedEnd", FieldChange.of(null, until)));
            em.flush();
            return placement(em, p);
        });
    }

    /** Declines a waiting referral, with the reason. */
    Referral decline(Actor actor, long id, String reason) {
        requireKeeper(actor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new ValidationException("reason", "Reason: say why the referral is declined (up to 1000 characters), e.g."
                    + " 'needs better met by a mental health unit'.");
        }
        List<String> warnings = IdentityCheck.warnings("Reason", why);
        if (!warnings.isEmpty()) {
            throw new ValidationException("reason", String.join(" ", warnings));
        }
        return store.write(actor, (em, audit) -> {
            ReferralEntity r = em.find(ReferralEntity.class, id);
            if (r == null) {
                throw new NotFoundException("There is no referral " + id + ".");
            }
            if (!Decision.WAITING.name().equals(r.decision)) {
                throw new ValidationException("reason", "Referral " + r.reference + " is already "
                        + Decision.valueOf(r.decision).label().toLowerCase(Locale.UK) + ".");
            }
            r.decision = Decision.DECLINED.name();
            r.decisionReason = why;
            r.decidedOn = today();
            r.decidedBy = actor.username();
            audit.record("decline", "sch-referral", r.id, Map.of("decision", FieldChange.of(Decision.WAITING.name(), r.decision),
                    "reason", FieldChange.of(null, why)));
            return view(r, null);
        });
    }

    // ---- placements

    List<Placement> placements(Actor actor) {
        requireCases(actor);
        return store.read(em -> em.createQuery("SELECT p FROM PlacementEntity p ORDER BY p.start DESC, p.id DESC", PlacementEntity.class)
                .getResultList().stream().filter(p -> sees(actor, p.councilGss)).map(p -> placement(em, p)).toList());
    }

    Placement placement(Actor actor, long id) {
        requireCases(actor);
        return store.read(em -> {
            PlacementEntity p = em.find(PlacementEntity.class, id);
            if (p == null || !sees(actor, p.councilGss)) {
                throw new NotFoundException("There is no placement " + id + ".");
            }
            return placement(em, p);
        });
    }

    /** The {@code day} field of a move or an end, refused with a message naming it when it is not a date. */
    private static LocalDate day(String label, String day) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = date(errors, "day", label, day, null);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return on;
    }

    /** Moves a current placement to the other unit from {@code day} (secure to step-down or back). */
    Placement move(Actor actor, long id, String day) {
        requireKeeper(actor);
        LocalDate on = day("Moved on", day);
        return store.write(actor, (em, audit) -> {
            PlacementEntity p = found(em, id);
            List<StayEntity> stays = staysOf(em, p.id);
            StayEntity last = stays.get(stays.size() - 1);
            if (p.actualEnd != null || last.endedOn != null) {
                throw new ValidationException("day", "Placement " + id + " has ended; a move needs a current placement.");
            }
            if (!on.isAfter(last.startedOn)) {
                throw new ValidationException("day", "Moved on " + on + " must be after the stay in " + last.placeCode + " began ("
                        + last.startedOn + ").");
            }
            Unit from = unitOf(last.placeCode);
            Unit to = from == Unit.SECURE ? Unit.STEP_DOWN : Unit.SECURE;
            List<String> free = freeOf(em, to, on);
            if (free.isEmpty()) {
                throw new ValidationException("day", "No place in the " + to.label().toLowerCase(Locale.UK) + " is free from " + on + ".");
            }
            last.endedOn = on.minusDays(1);
            StayEntity s = new StayEntity();
            s.placementId = p.id;
            s.placeCode = free.get(0);
            s.startedOn = on;
            em.persist(s);
            audit.record("move", "sch-placement", p.id, Map.of("place", FieldChange.of(last.placeCode, s.placeCode),
                    "on", FieldChange.of(null, on)));
            em.flush();
            return placement(em, p);
        });
    }

    /** Ends a current placement on {@code day} (its last night). */
    Placement end(Actor actor, long id, String day) {
        requireKeeper(actor);
        LocalDate on = day("Ended on", day);
        return store.write(actor, (em, audit) -> {
            PlacementEntity p = found(em, id);
            List<StayEntity> stays = staysOf(em, p.id);
            StayEntity last = stays.get(stays.size() - 1);
            if (p.actualEnd != null) {
                throw new ValidationException("day", "Placement " + id + " already ended on " + p.actualEnd + ".");
            }
            if (on.isBefore(last.startedOn)) {
                throw new ValidationException("day", "Ended on " + on + " is before the current stay began (" + last.startedOn + ").");
            }
            last.endedOn = on;
            p.actualEnd = on;
            audit.record("end", "sch-placement", p.id, Map.of("actualEnd", FieldChange.of(null, on)));
            return placement(em, p);
        });
    }

    private PlacementEntity found(EntityManager em, long id) {
        PlacementEntity p = em.find(PlacementEntity.class, id);
        if (p == null) {
            throw new NotFoundException("There is no placement " + id + ".");
        }
        return p;
    }

    // ---- prices

    Prices prices() {
        return store.read(em -> new Prices(em.createQuery("SELECT p FROM PriceEntity p", PriceEntity.class).getResultList().stream()
                .map(p -> new Prices.Price(p.effectiveFrom, p.memberWeeklyPence, p.nonMemberWeeklyPence)).toList()));
    }

    /** Records weekly prices (in pounds and pence text, e.g. 7250.00) from a date. */
    Prices.Price setPrice(Actor actor, String effectiveFrom, String memberWeekly, String nonMemberWeekly) {
        requireKeeper(actor);
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date(errors, "effectiveFrom", "Effective from", effectiveFrom, null);
        long member = pence(errors, "memberWeekly", "Members' weekly price", memberWeekly);
        long non = pence(errors, "nonMemberWeekly", "Non-members' weekly price", nonMemberWeekly);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.write(actor, (em, audit) -> {
            boolean exists = em.createQuery("SELECT COUNT(p) FROM PriceEntity p WHERE p.effectiveFrom = :d", Long.class)
                    .setParameter("d", from).getSingleResult() > 0;
            if (exists) {
                throw new ValidationException("effectiveFrom", "Prices from " + from + " are already recorded; choose another date.");
            }
            PriceEntity p = new PriceEntity();
            p.effectiveFrom = from;
            p.memberWeeklyPence = member;
            p.nonMemberWeeklyPence = non;
            em.persist(p);
            em.flush();
            audit.record("price", "sch-price", p.id, Map.of("effectiveFrom", FieldChange.of(null, from),
                    "memberWeeklyPence", FieldChange.of(null, member), "nonMemberWeeklyPence", FieldChange.of(null, non)));
            return new Prices.Price(from, member, non);
        });
    }

    // ---- figures

    /** Every stay as occupancy sees it (no references: aggregates only). */
    List<Occupancy.Stay> occupancyStays() {
        return store.read(em -> {
            Map<Long, PlacementEntity> placements = em.createQuery("SELECT p FROM PlacementEntity p", PlacementEntity.class)
                    .getResultList().stream().collect(Collectors.toMap(p -> p.id, p -> p));
            Map<Long, ReferralEntity> referrals = em.createQuery("SELECT r FROM ReferralEntity r", ReferralEntity.class)
                    .getResultList().stream().collect(Collectors.toMap(r -> r.id, r -> r));
            return stays(em).stream().map(s -> {
                ReferralEntity r = referrals.get(placements.get(s.placementId).referralId);
                return new Occupancy.Stay(s.startedOn, s.endedOn, r.councilGss, r.councilName, r.subRegion, r.member == 1);
            }).toList();
        });
    }

    /** Occupancy from {@code from} to {@code to}, clipped to the opening date. */
    Occupancy occupancy(LocalDate from, LocalDate to) {
        LocalDate a = from.isBefore(opening) ? opening : from;
        if (to.isBefore(a)) {
            return Occupancy.of(List.of(), PLACES, a, a.minusDays(1));
        }
        return Occupancy.of(occupancyStays(), PLACES, a, to);
    }

    /** One sale: a non-member stay's days in a financial year and its charge. */
    public record Sale(String councilGss, String councilName, LocalDate from, LocalDate to, int days, long pence) {
    }

    /** Places sold to non-members in the financial year starting 1 April {@code year}. */
    List<Sale> sales(int year) {
        return sales(occupancyStays(), prices(), new FinancialYear(year), today());
    }

    /**
     * The non-member stays' days in the financial year {@code fy} and their charge at the non-member price: an ongoing
     * stay counts to {@code today}, a stay with its end recorded to that end.
     */
    static List<Sale> sales(List<Occupancy.Stay> stays, Prices prices, FinancialYear fy, LocalDate today) {
        LocalDate last = today.isBefore(fy.end()) ? today : fy.end();
        List<Sale> out = new ArrayList<>();
        for (Occupancy.Stay s : stays) {
            if (s.member()) {
                continue;
            }
            LocalDate a = s.from().isBefore(fy.start()) ? fy.start() : s.from();
            LocalDate b = s.to() == null ? last : s.to().isAfter(fy.end()) ? fy.end() : s.to();
            if (b.isBefore(a)) {
                continue;
            }
            out.add(new Sale(s.councilGss(), s.councilName(), a, b, FinancialYear.daysInclusive(a, b), prices.charge(a, b, false)));
        }
        out.sort(Comparator.comparing(Sale::from));
        return out;
    }

    // ---- helpers

    private static List<StayEntity> stays(EntityManager em) {
        return em.createQuery("SELECT s FROM StayEntity s ORDER BY s.startedOn, s.id", StayEntity.class).getResultList();
    }

    private static List<StayEntity> staysOf(EntityManager em, long placementId) {
        return em.createQuery("SELECT s FROM StayEntity s WHERE s.placementId = :p ORDER BY s.startedOn, s.id", StayEntity.class)
                .setParameter("p", placementId).getResultList();
    }

    private static Map<Long, Long> placementByReferral(EntityManager em) {
        return em.createQuery("SELECT p FROM PlacementEntity p", PlacementEntity.class).getResultList().stream()
                .collect(Collectors.toMap(p -> p.referralId, p -> p.id, (a, b) -> a));
    }

    private static Map<String, String> councilNames(EntityManager em) {
        return em.createQuery("SELECT r FROM ReferralEntity r", ReferralEntity.class).getResultList().stream()
                .collect(Collectors.toMap(r -> r.councilGss, r -> r.councilName, (a, b) -> a));
    }

    static Unit unitOf(String placeCode) {
        return placeCode.startsWith("D") ? Unit.STEP_DOWN : Unit.SECURE;
    }

    private static Placement placement(EntityManager em, PlacementEntity p) {
        ReferralEntity r = em.find(ReferralEntity.class, p.referralId);
        List<Stay> stays = staysOf(em, p.id).stream().map(s -> new Stay(s.placeCode, unitOf(s.placeCode), s.startedOn, s.endedOn)).toList();
        return new Placement(p.id, p.referralId, r.reference, p.councilGss, r.councilName, r.member == 1, r.subRegion, p.start,
                p.plannedEnd, p.actualEnd, p.distanceMiles, stays);
    }

    private static Referral view(ReferralEntity r, Long placementId) {
        List<Need> needs = r.needs == null || r.needs.isEmpty() ? List.of()
                : Arrays.stream(r.needs.split(",")).map(Need::valueOf).toList();
        return new Referral(r.id, r.reference, r.councilGss, r.councilName, r.member == 1, r.subRegion, r.receivedOn,
                AgeBand.valueOf(r.ageBand), LegalBasis.valueOf(r.legalBasis), needs, Urgency.valueOf(r.urgency), r.distanceMiles, r.notes,
                Decision.valueOf(r.decision), r.decisionReason, r.decidedOn, r.decidedBy, r.reserveAuthorisedBy, placementId);
    }

    static LocalDate date(List<FieldError> errors, String field, String label, String text, LocalDate dflt) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() && dflt != null) {
            return dflt;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, label + ": '" + abbreviate(t) + "' is not a date; write it as YYYY-MM-DD, e.g. 2028-02-01."));
            return null;
        }
    }

    private static long pence(List<FieldError> errors, String field, String label, String text) {
        try {
            long pence = plv.platform.api.money.Money.parse(text == null ? "" : text);
            if (pence < 0 || pence >= 1_000_000_000L) { // up to £9,999,999.99 a week
                throw new NumberFormatException("out of range");
            }
            return pence;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, label + ": enter pounds and pence, e.g. 7250.00."));
            return 0;
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
