package plv.programme.sch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.Member;
import plv.membership.api.MemberRegister;
import plv.platform.api.Actor;
import plv.platform.api.persistence.Database;
import plv.programme.sch.internal.Kinds.AgeBand;
import plv.programme.sch.internal.Kinds.Decision;
import plv.programme.sch.internal.Kinds.LegalBasis;
import plv.programme.sch.internal.Kinds.Need;
import plv.programme.sch.internal.Kinds.Urgency;

/**
 * With {@code plv.demo=true}: the home as if it had opened on {@link SchHome#DEMO_OPENING} (illustrative; the seeds
 * say construction completes at the end of 2027), with placements from councils of all five sub-regions up to today
 * around the target occupancy, two stays sold to non-members (Kent and Essex), a few referrals waiting or declined,
 * and weekly prices. Every figure is invented and the pages say so. Member councils are those the membership demo
 * makes members (all London authorities but the two "committed" ones).
 */
@Component(immediate = true)
public class SchOperationsDemo {

    /** The two authorities the membership demo leaves "committed", not members (plv.membership.core DemoData). */
    static final List<String> NOT_MEMBERS = List.of("E09000001", "E09000027");

    @Activate
    public SchOperationsDemo(BundleContext context, @Reference SchHome home, @Reference MemberRegister members,
            @Reference Database database, @Reference SchInspections inspections) {
        if (Boolean.parseBoolean(context.getProperty("plv.demo"))) {
            database.exclusively("plv.programme.sch.operations-demo", () -> {
                home.loadDemo(em -> load(em, home, members));
                inspection(home, inspections);
            });
        }
    }

    /**
     * One illustrative inspection, about seven months after the demo opening (once, when none is recorded): good in
     * every area, with two actions, one done. Invented, like the rest of the demo.
     */
    static void inspection(SchHome home, SchInspections inspections) {
        LocalDate on = home.opening().plusMonths(7).plusDays(20);
        if (on.isAfter(home.today()) || !inspections.inspections(Actor.system()).isEmpty()) {
            return;
        }
        SchInspections.Inspection i = inspections.record(Actor.system(), new SchInspections.InspectionInput(on, "Ofsted",
                Kinds.Judgement.GOOD, Kinds.Judgement.GOOD, Kinds.Judgement.GOOD, Kinds.Judgement.GOOD, "illustrative",
                List.of(new SchInspections.ActionInput("Record the reasons for each use of single separation in the daily log",
                        "Registered manager", on.plusMonths(1)),
                        new SchInspections.ActionInput("Agree education transition plans with placing councils before step-down",
                                "Head of education", home.today().plusMonths(2)))));
        inspections.done(Actor.system(), i.id(), i.actions().get(0).id());
    }

    private record Council(String gss, String name, String subRegion, boolean member, int miles) {
    }

    static void load(EntityManager em, SchHome home, MemberRegister register) {
        Random random = new Random(2025);
        List<Council> london = new ArrayList<>();
        for (Member m : register.members(Actor.system())) {
            if (m.gssCode().startsWith("E09") && !NOT_MEMBERS.contains(m.gssCode()) && m.subRegion() != null) {
                london.add(new Council(m.gssCode(), m.name(), m.subRegion().name(), true, 4 + random.nextInt(22)));
            }
        }
        if (london.isEmpty()) {
            return;
        }
        price(em, LocalDate.of(2025, 4, 1), 700_000, 805_000);
        price(em, LocalDate.of(2026, 4, 1), 721_000, 829_150);
        LocalDate opening = home.opening();
        LocalDate today = home.today();
        // free-from date per place: a place is free on day d when freeFrom <= d
        Map<String, LocalDate> freeFrom = new TreeMap<>();
        for (int i = 1; i <= SchHome.SECURE_PLACES; i++) {
            freeFrom.put(String.format("S%02d", i), opening);
        }
        for (int i = 1; i <= SchHome.STEP_DOWN_PLACES; i++) {
            freeFrom.put(String.format("D%02d", i), opening);
        }
        int n = 0;
        // the home fills over its first three months, then stays around the target (80 to 90% of 28 places)
        for (LocalDate day = opening; !day.isAfter(today); day = day.plusDays(1)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(opening, day);
            int aim = days < 90 ? (int) (4 + days / 4) : 23 + random.nextInt(3);
            int occupied = occupiedSecure(freeFrom, day) + occupiedStepDown(freeFrom, day);
            while (occupied < aim && occupiedSecure(freeFrom, day) < SchHome.SECURE_PLACES - home.reserve() && random.nextInt(2) == 0) {
                String place = freeSecure(freeFrom, day);
                if (place == null) {
                    break;
                }
                Council c = london.get(n * 7 % london.size());
                n++;
                int length = 50 + random.nextInt(150);
                boolean stepDown = random.nextInt(4) == 0;
                placement(em, random, c, day, length, place, stepDown, freeFrom, "D" + n, today);
                occupied++;
            }
        }
        // two sales to non-members (seed 000: "sell unused places to other local authorities"); each at a free place
        LocalDate[] sold = { opening.plusMonths(8), today.minusMonths(5) };
        Council[] buyers = { new Council("E10000016", "Kent County Council", null, false, 58),
                new Council("E10000012", "Essex County Council", null, false, 41) };
        for (int i = 0; i < 2; i++) {
            String place = freeSecure(freeFrom, sold[i]);
            if (place != null) {
                placement(em, random, buyers[i], sold[i], 84, place, false, freeFrom, "S" + (i + 1), today);
            }
        }
        // referrals still waiting today, and one declined
        referral(em, london.get(3), today.minusDays(2), Urgency.URGENT, Decision.WAITING, null, "CASE-W1");
        referral(em, buyers[1], today.minusDays(1), Urgency.PLANNED, Decision.WAITING, null, "CASE-W2");
        referral(em, london.get(5), today.minusDays(20), Urgency.PLANNED, Decision.DECLINED,
                "Needs better met by a specialist mental health unit (illustrative).", "CASE-X1");
    }

    private static int occupiedSecure(Map<String, LocalDate> freeFrom, LocalDate day) {
        return (int) freeFrom.entrySet().stream().filter(e -> e.getKey().startsWith("S") && e.getValue().isAfter(day)).count();
    }

    private static int occupiedStepDown(Map<String, LocalDate> freeFrom, LocalDate day) {
        return (int) freeFrom.entrySet().stream().filter(e -> e.getKey().startsWith("D") && e.getValue().isAfter(day)).count();
    }

    private static String freeSecure(Map<String, LocalDate> freeFrom, LocalDate day) {
        return freeFrom.entrySet().stream().filter(e -> e.getKey().startsWith("S") && !e.getValue().isAfter(day)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static void placement(EntityManager em, Random random, Council c, LocalDate start, int length, String place, boolean stepDown,
            Map<String, LocalDate> freeFrom, String suffix, LocalDate today) {
        ReferralEntity r = referral(em, c, start.minusDays(1 + random.nextInt(6)), random.nextInt(5) == 0 ? Urgency.EMERGENCY : Urgency.URGENT,
                Decision.ACCEPTED, null, suffix);
        r.decidedOn = start.minusDays(1);
        r.decidedBy = "commissioner";
        PlacementEntity p = new PlacementEntity();
        p.referralId = r.id;
        p.councilGss = c.gss();
        p.start = start;
        p.plannedEnd = start.plusDays(length - 1L);
        p.distanceMiles = c.miles();
        LocalDate end = start.plusDays(length - 1L + random.nextInt(15) - 7);
        p.actualEnd = end.isBefore(today) ? end : null;
        em.persist(p);
        em.flush();
        LocalDate move = stepDown ? end.minusDays(21 + random.nextInt(21)) : null;
        String downPlace = null;
        if (move != null && move.isAfter(start)) {
            for (Map.Entry<String, LocalDate> e : freeFrom.entrySet()) {
                if (e.getKey().startsWith("D") && !e.getValue().isAfter(move)) {
                    downPlace = e.getKey();
                    break;
                }
            }
        }
        if (downPlace != null) {
            stay(em, p.id, place, start, move.minusDays(1));
            freeFrom.put(place, move);
            stay(em, p.id, downPlace, move, p.actualEnd);
            freeFrom.put(downPlace, end.plusDays(1));
        } else {
            stay(em, p.id, place, start, p.actualEnd);
            freeFrom.put(place, end.plusDays(1));
        }
    }

    private static void stay(EntityManager em, long placementId, String place, LocalDate from, LocalDate to) {
        StayEntity s = new StayEntity();
        s.placementId = placementId;
        s.placeCode = place;
        s.startedOn = from;
        s.endedOn = to;
        em.persist(s);
    }

    private static ReferralEntity referral(EntityManager em, Council c, LocalDate received, Urgency urgency, Decision decision, String reason,
            String suffix) {
        ReferralEntity r = new ReferralEntity();
        r.reference = c.gss().substring(5) + "-" + received.getYear() + "-" + suffix;
        r.councilGss = c.gss();
        r.councilName = c.name();
        r.member = c.member() ? 1 : 0;
        r.subRegion = c.subRegion();
        r.receivedOn = received;
        AgeBand[] ages = AgeBand.values();
        r.ageBand = ages[Math.abs(suffix.hashCode()) % ages.length].name();
        r.legalBasis = LegalBasis.S25_ORDER.name();
        Need[] needs = Need.values();
        r.needs = needs[Math.abs(suffix.hashCode()) % needs.length].name() + "," + needs[Math.abs(suffix.hashCode() / 7) % needs.length].name();
        if (r.needs.split(",")[0].equals(r.needs.split(",")[1])) {
            r.needs = r.needs.split(",")[0];
        }
        r.urgency = urgency.name();
        r.distanceMiles = c.miles();
        r.notes = "Illustrative demo referral.";
        r.decision = decision.name();
        r.decisionReason = reason;
        if (decision == Decision.DECLINED) {
            r.decidedOn = received.plusDays(2);
            r.decidedBy = "commissioner";
        }
        em.persist(r);
        em.flush();
        return r;
    }

    private static void price(EntityManager em, LocalDate from, long member, long nonMember) {
        PriceEntity p = new PriceEntity();
        p.effectiveFrom = from;
        p.memberWeeklyPence = member;
        p.nonMemberWeeklyPence = nonMember;
        em.persist(p);
    }
}
