package plv.membership.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.membership.api.CouncilDecision;
import plv.membership.api.Member;
import plv.membership.api.MemberRegister;
import plv.membership.api.MembershipStatus;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.Role;
import plv.platform.api.RoleGroup;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.ReadCache;

/** The register of members over MEM_MEMBER, MEM_STATUS_CHANGE and MEM_REPRESENTATIVE. */
@Component(service = MemberRegister.class)
public class MemberRegisterService implements MemberRegister {

    private final MembershipStore data;
    /** The register as each kind of reader sees it, read again after any membership write here or on another node. */
    private final ReadCache registers;

    @Activate
    public MemberRegisterService(@Reference MembershipStore data) {
        this.data = data;
        this.registers = new ReadCache(data.store());
    }

    @Override
    public List<Member> members(Actor actor) {
        LocalDate today = data.today();
        // what the list depends on besides the data: the day, and which members' records and contacts the actor sees
        String readers = actor == null ? "nobody"
                : actor.is(Role.MONITORING_OFFICER) ? "council:" + actor.councilGss()
                : actor.in(RoleGroup.COMPANY_OFFICERS) ? "with-contacts" : "without-contacts";
        return registers.get(List.of(today, readers), () -> data.store().read(em -> Registry.allRecords(em, today,
                gss -> Access.maySee(actor, gss), gss -> Access.maySeeContacts(actor, gss))));
    }

    @Override
    public Optional<Member> member(Actor actor, String gssCode) {
        LocalDate today = data.today();
        try {
            return data.store().read(em -> {
                MemberEntity m = Registry.member(em, gssCode);
                Access.requireSee(actor, m.gssCode);
                return Optional.of(Registry.toRecord(em, m, today, Access.maySeeContacts(actor, m.gssCode)));
            });
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Member changeStatus(Actor actor, String gssCode, MembershipStatus status, LocalDate effectiveOn,
            String reason) {
        Access.requireSecretary(actor, "change a member's status");
        if (status == null) {
            throw new ValidationException("status", "Choose the new status.");
        }
        if (effectiveOn == null) {
            throw new ValidationException("effectiveOn", "Enter the date the status takes effect (YYYY-MM-DD).");
        }
        LocalDate today = data.today();
        return data.store().write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            Registry.appendStatus(em, audit, actor, m, status, effectiveOn, reason, today);
            return Registry.toRecord(em, m, today, true);
        });
    }

    @Override
    public Member recordJoiningDecision(Actor actor, String gssCode, CouncilDecision decision) {
        Access.requireSecretary(actor, "record a joining decision");
        if (decision == null || blank(decision.reference())) {
            throw new ValidationException("decisionReference", "Enter the council's reference for the decision, e.g. CEF23007.");
        }
        if (blank(decision.decisionMaker())) {
            throw new ValidationException("decisionMaker", "Enter who took the decision, e.g. Portfolio Holder.");
        }
        if (decision.decidedOn() == null) {
            throw new ValidationException("decidedOn", "Enter the date of the decision (YYYY-MM-DD).");
        }
        LocalDate today = data.today();
        return data.store().write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            Map<String, FieldChange> changes = Map.of("decisionRef", FieldChange.of(m.decisionRef, decision.reference()),
                    "decisionMaker", FieldChange.of(m.decisionMaker, decision.decisionMaker()),
                    "decisionDate", FieldChange.of(m.decisionDate, decision.decidedOn()));
            m.decisionRef = decision.reference().trim();
            m.decisionMaker = decision.decisionMaker().trim();
            m.decisionDate = decision.decidedOn();
            em.flush();
            audit.record("record-joining-decision", "member", m.gssCode, changes);
            return Registry.toRecord(em, m, today, true);
        });
    }

    @Override
    public Member appointRepresentative(Actor actor, String gssCode, String personName, LocalDate appointedOn,
            String appointedBy) {
        Access.requireSecretary(actor, "appoint a corporate representative");
        if (blank(personName)) {
            throw new ValidationException("personName", "Enter the name of the person appointed.");
        }
        if (appointedOn == null) {
            throw new ValidationException("appointedOn", "Enter the date of appointment (YYYY-MM-DD).");
        }
        LocalDate today = data.today();
        return data.store().write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            for (RepresentativeEntity r : Registry.representatives(em, m.id)) {
                if (r.ceasedOn == null) {
                    if (!appointedOn.isAfter(r.appointedOn)) {
                        throw new ValidationException("appointedOn", "The appointment date must be after "
                                + r.appointedOn + ", when " + r.personName + " was appointed.");
                    }
                    r.ceasedOn = appointedOn.minusDays(1);
                    audit.record("cease-representative", "member", m.gssCode,
                            Map.of("representative", FieldChange.of(r.personName, null),
                                    "ceasedOn", FieldChange.of(null, r.ceasedOn)));
                }
            }
            RepresentativeEntity r = new RepresentativeEntity();
            r.memberId = m.id;
            r.personName = personName.trim();
            r.appointedOn = appointedOn;
            r.appointedBy = appointedBy == null ? "" : appointedBy.trim();
            em.persist(r);
            em.flush();
            audit.record("appoint-representative", "member", m.gssCode,
                    Map.of("representative", FieldChange.of(null, r.personName),
                            "appointedOn", FieldChange.of(null, appointedOn),
                            "appointedBy", FieldChange.of(null, r.appointedBy)));
            return Registry.toRecord(em, m, today, true);
        });
    }

    @Override
    public Member ceaseRepresentative(Actor actor, String gssCode, LocalDate ceasedOn, String reason) {
        Access.requireSecretary(actor, "cease a corporate representative's appointment");
        if (ceasedOn == null) {
            throw new ValidationException("ceasedOn", "Enter the last day of the appointment (YYYY-MM-DD).");
        }
        LocalDate today = data.today();
        return data.store().write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            RepresentativeEntity r = Registry.representatives(em, m.id).stream().filter(x -> x.ceasedOn == null)
                    .reduce((a, b) -> b).orElseThrow(() -> new ValidationException("ceasedOn",
                            m.name + " has no corporate representative in office to cease: appoint one instead."));
            if (ceasedOn.isBefore(r.appointedOn)) {
                throw new ValidationException("ceasedOn", "The appointment cannot end before it began: " + r.personName
                        + " was appointed on " + r.appointedOn + ".");
            }
            r.ceasedOn = ceasedOn;
            em.flush();
            audit.record("cease-representative", "member", m.gssCode, Map.of(
                    "representative", FieldChange.of(r.personName, null), "ceasedOn", FieldChange.of(null, ceasedOn),
                    "reason", FieldChange.of(null, blank(reason) ? null : reason.trim())));
            return Registry.toRecord(em, m, today, true);
        });
    }

    @Override
    public Member updateDetails(Actor actor, String gssCode, String name, String address, String contactEmail) {
        Access.requireSecretary(actor, "correct a member's details");
        if (blank(name)) {
            throw new ValidationException("name", "Enter the authority's name, e.g. Barnet.");
        }
        if (!blank(contactEmail) && !contactEmail.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("contactEmail", "Enter an email address like clerk@council.gov.uk, or leave it empty.");
        }
        LocalDate today = data.today();
        return data.store().write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            Map<String, FieldChange> changes = Map.of("name", FieldChange.of(m.name, name.trim()),
                    "address", FieldChange.of(m.address, address), "contactEmail", FieldChange.of(m.contactEmail, contactEmail));
            m.name = name.trim();
            m.address = blank(address) ? null : address.trim();
            m.contactEmail = blank(contactEmail) ? null : contactEmail.trim();
            em.flush();
            audit.record("update", "member", m.gssCode, changes);
            return Registry.toRecord(em, m, today, true);
        });
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
