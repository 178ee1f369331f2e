package plv.board.core.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.BoardDeadline;
import plv.board.api.Director;
import plv.board.api.DirectorDetails;
import plv.board.api.DirectorPrivateParticulars;
import plv.board.api.DirectorRole;
import plv.board.api.DirectorsRegister;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.time.PlvClock;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.NotFoundException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.AuditLog;
import plv.platform.spi.persistence.Store;

/** The register of directors (s162–163) and the Companies House notifications due on it (s167). */
@Component(service = DirectorsRegister.class)
public final class DirectorsRegisterService implements DirectorsRegister {
    private final Store store;
    private final PlvClock clock;

    @Activate
    public DirectorsRegisterService(@Reference BoardUnit unit, @Reference PlvClock clock) {
        this.store = unit.store;
        this.clock = clock;
    }

    @Override
    public List<Director> directors(Actor actor) {
        Check.signedIn(actor);
        LocalDate today = clock.today();
        return store.read(em -> {
            // Every director's history in one query rather than one query per director.
            Map<Long, List<DirectorEventEntity>> histories = em.createQuery(
                    "select v from DirectorEventEntity v order by v.occurredOn, v.id", DirectorEventEntity.class).getResultList()
                    .stream().collect(Collectors.groupingBy(v -> v.directorId));
            return em.createQuery("select d from DirectorEntity d", DirectorEntity.class).getResultList()
                .stream().map(d -> record(d, histories.getOrDefault(d.id, List.of())))
                .sorted(Comparator.comparing((Director d) -> !d.inOfficeOn(today)).thenComparing(Director::name)).toList();
        });
    }

    @Override
    public Director director(Actor actor, long id) {
        Check.signedIn(actor);
        return store.read(em -> record(em, find(em, id)));
    }

    @Override
    public Director appoint(Actor actor, DirectorDetails d) {
        Check.secretary(actor);
        new Check().required("name", Check.trim(d.name()), "Name")
                .required("serviceAddress", Check.trim(d.serviceAddress()), "Service address")
                .required("residentialAddress", Check.trim(d.residentialAddress()), "Usual residential address (kept apart, s165)")
                .required("countryOfResidence", Check.trim(d.countryOfResidence()), "Country of usual residence")
                .required("nationality", Check.trim(d.nationality()), "Nationality")
                .required("occupation", Check.trim(d.occupation()), "Business occupation")
                .required("dateOfBirth", d.dateOfBirth(), "Date of birth (e.g. 1971-04-23)")
                .required("role", d.role(), "Role")
                .required("appointedOn", d.appointedOn(), "Date of appointment")
                .gss("nominatedBy", Check.trim(d.nominatedBy()))
                .that(d.dateOfBirth() == null || d.appointedOn() == null || atLeast16(d.dateOfBirth(), d.appointedOn()),
                        "dateOfBirth", "A director must be at least 16 on appointment (s157); check the date of birth.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            DirectorEntity e = new DirectorEntity();
            e.name = d.name().trim();
            e.serviceAddress = d.serviceAddress().trim();
            e.countryOfResidence = d.countryOfResidence().trim();
            e.nationality = d.nationality().trim();
            e.occupation = d.occupation().trim();
            e.bornIn = YearMonth.from(d.dateOfBirth()).toString(); // the only part of the date of birth shown
            e.formerNames = Check.trim(d.formerNames());
            e.nominatedBy = Check.trim(d.nominatedBy());
            e.role = d.role().name();
            e.appointedOn = d.appointedOn();
            em.persist(e);
            em.flush();
            DirectorPrivateEntity p = new DirectorPrivateEntity();
            p.directorId = e.id;
            p.dateOfBirth = d.dateOfBirth();
            p.residentialAddress = d.residentialAddress().trim();
            em.persist(p);
            event(em, e.id, d.appointedOn(), "Appointed as " + d.role().label(), null);
            audit.record("appoint", "director", e.id, Map.of("name", FieldChange.of(null, e.name),
                    "role", FieldChange.of(null, e.role), "appointedOn", FieldChange.of(null, e.appointedOn),
                    "nominatedBy", FieldChange.of(null, e.nominatedBy)));
            return record(em, e);
        });
    }

    /** s157: at least 16 on the day of appointment (the 16th birthday counts). */
    static boolean atLeast16(LocalDate dateOfBirth, LocalDate appointedOn) {
        return !dateOfBirth.plusYears(16).isAfter(appointedOn);
    }

    @Override
    public DirectorPrivateParticulars privateParticulars(Actor actor, long id) {
        if (actor == null || !actor.is(Role.SECRETARY)) {
            throw new AccessDeniedException("The full date of birth and the usual residential address (s165) are for the"
                    + " company secretary only.");
        }
        return store.read(em -> {
            find(em, id);
            DirectorPrivateEntity p = em.find(DirectorPrivateEntity.class, id);
            return new DirectorPrivateParticulars(id, p == null ? null : p.dateOfBirth, p == null ? null : p.residentialAddress);
        });
    }

    @Override
    public Director recordIdentityVerification(Actor actor, long id, LocalDate verifiedOn, long version) {
        Check.secretary(actor);
        new Check().required("verifiedOn", verifiedOn, "The date the identity was verified").orThrow();
        return change(actor, id, version, (em, e, audit) -> {
            LocalDate before = e.identityVerifiedOn;
            e.identityVerifiedOn = verifiedOn;
            event(em, e.id, verifiedOn, "Identity verified with Companies House", null);
            audit.record("verify-identity", "director", e.id, Map.of("identityVerifiedOn", FieldChange.of(before, verifiedOn)));
        });
    }

    @Override
    public Director changeRole(Actor actor, long id, DirectorRole role, LocalDate from, long version) {
        Check.secretary(actor);
        new Check().required("role", role, "Role").required("from", from, "Date of the change").orThrow();
        return change(actor, id, version, (em, e, audit) -> {
            new Check().that(e.ceasedOn == null, "role", e.name + " ceased on " + e.ceasedOn + "; appoint them again instead.")
                    .that(!from.isBefore(e.appointedOn), "from", "The change cannot be before the appointment on " + e.appointedOn + ".")
                    .orThrow();
            String before = e.role;
            e.role = role.name();
            event(em, e.id, from, "Role changed to " + role.label(), null);
            audit.record("change-role", "director", e.id, Map.of("role", FieldChange.of(before, e.role)));
        });
    }

    @Override
    public Director cease(Actor actor, long id, LocalDate ceasedOn, String reason, long version) {
        Check.secretary(actor);
        new Check().required("ceasedOn", ceasedOn, "Date the appointment ended").orThrow();
        return change(actor, id, version, (em, e, audit) -> {
            new Check().that(e.ceasedOn == null, "ceasedOn", e.name + " already ceased on " + e.ceasedOn + ".")
                    .that(!ceasedOn.isBefore(e.appointedOn), "ceasedOn",
                            "The appointment cannot end before it began on " + e.appointedOn + ".")
                    .orThrow();
            e.ceasedOn = ceasedOn;
            event(em, e.id, ceasedOn, "Ceased", Check.trim(reason));
            audit.record("cease", "director", e.id, Map.of("ceasedOn", FieldChange.of(null, ceasedOn)));
        });
    }

    @Override
    public Director markNotified(Actor actor, long id, boolean cessation, LocalDate notifiedOn, long version) {
        Check.secretary(actor);
        new Check().required("notifiedOn", notifiedOn, "Date Companies House was notified").orThrow();
        return change(actor, id, version, (em, e, audit) -> {
            LocalDate event = cessation ? e.ceasedOn : e.appointedOn;
            new Check().that(event != null, "notifiedOn", e.name + " has not ceased; there is no cessation to notify.")
                    .that(event == null || !notifiedOn.isBefore(event), "notifiedOn",
                            "Companies House cannot be notified before the change itself on " + event + ".")
                    .orThrow();
            if (cessation) {
                e.cessationNotifiedOn = notifiedOn;
            } else {
                e.appointmentNotifiedOn = notifiedOn;
            }
            event(em, e.id, notifiedOn, (cessation ? "Cessation" : "Appointment") + " notified to Companies House", null);
            audit.record("notify-companies-house", "director", e.id,
                    Map.of(cessation ? "cessationNotifiedOn" : "appointmentNotifiedOn", FieldChange.of(null, notifiedOn)));
        });
    }

    @Override
    public List<BoardDeadline> companiesHouseReminders(Actor actor) {
        Check.signedIn(actor);
        return reminders(directors(actor));
    }

    static List<BoardDeadline> reminders(List<Director> directors) {
        List<BoardDeadline> due = new ArrayList<>();
        for (Director d : directors) {
            if (d.appointmentNotifiedOn() == null) {
                due.add(new BoardDeadline(d.appointedOn().plusDays(Director.NOTIFY_WITHIN_DAYS),
                        BoardDeadline.Kind.COMPANIES_HOUSE_NOTIFICATION,
                        "Notify Companies House of the appointment of " + d.name() + " (" + form(d, true) + ")",
                        "/board/directors/" + d.id()));
            }
            if (d.ceasedOn() != null && d.cessationNotifiedOn() == null) {
                due.add(new BoardDeadline(d.ceasedOn().plusDays(Director.NOTIFY_WITHIN_DAYS),
                        BoardDeadline.Kind.COMPANIES_HOUSE_NOTIFICATION,
                        "Notify Companies House that " + d.name() + " ceased (" + form(d, false) + ")", "/board/directors/" + d.id()));
            }
        }
        due.sort(Comparator.comparing(BoardDeadline::due));
        return due;
    }

    /**
     * The Companies House form: a director's appointment AP01 and termination TM01 (s167); the company secretary's
     * appointment AP03 and termination TM02 (s276).
     */
    static String form(Director d, boolean appointment) {
        boolean secretary = d.role() == DirectorRole.COMPANY_SECRETARY;
        return appointment ? (secretary ? "AP03" : "AP01") : (secretary ? "TM02" : "TM01");
    }

    private interface Change {
        void apply(EntityManager em, DirectorEntity e, AuditLog audit);
    }

    private Director change(Actor actor, long id, long version, Change change) {
        return store.write(actor, (em, audit) -> {
            DirectorEntity e = find(em, id);
            if (e.version != version) {
                throw new ConcurrentChangeException("the register entry of " + e.name);
            }
            change.apply(em, e, audit);
            em.flush();
            return record(em, e);
        });
    }

    private static DirectorEntity find(EntityManager em, long id) {
        DirectorEntity e = em.find(DirectorEntity.class, id);
        if (e == null) {
            throw new NotFoundException("There is no director with id " + id + ".");
        }
        return e;
    }

    private static void event(EntityManager em, long directorId, LocalDate on, String what, String detail) {
        DirectorEventEntity ev = new DirectorEventEntity();
        ev.directorId = directorId;
        ev.occurredOn = on;
        ev.what = what;
        ev.detail = detail;
        em.persist(ev);
    }

    static Director record(EntityManager em, DirectorEntity e) {
        return record(e, em.createQuery(
                "select v from DirectorEventEntity v where v.directorId = :d order by v.occurredOn, v.id", DirectorEventEntity.class)
                .setParameter("d", e.id).getResultList());
    }

    private static Director record(DirectorEntity e, List<DirectorEventEntity> events) {
        List<Director.DirectorEvent> history = events.stream()
                .map(v -> new Director.DirectorEvent(v.occurredOn, v.what, v.detail)).toList();
        return new Director(e.id, e.name, e.serviceAddress, e.countryOfResidence, e.nationality, e.occupation,
                YearMonth.parse(e.bornIn), e.nominatedBy, DirectorRole.valueOf(e.role), e.appointedOn, e.ceasedOn,
                e.appointmentNotifiedOn, e.cessationNotifiedOn, history, e.version, e.formerNames, e.identityVerifiedOn);
    }
}
