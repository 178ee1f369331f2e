package plv.board.core.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import plv.board.api.Action;
import plv.board.api.AgendaItem;
import plv.board.api.Attendance;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.Decision;
import plv.board.api.Interest;
import plv.board.api.Meeting;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.MinutesVersion;
import plv.board.api.Paper;
import plv.platform.api.NotFoundException;

/** Reads a meeting and everything recorded about it into the API's records, with each item's quorum worked out. */
final class MeetingRecords {
    private final QuorumRule boardQuorum;
    private final QuorumRule generalQuorum;
    private final MembersRegister members;
    private final int clearDays;

    MeetingRecords(QuorumRule boardQuorum, QuorumRule generalQuorum, MembersRegister members) {
        this(boardQuorum, generalQuorum, members, 5);
    }

    MeetingRecords(QuorumRule boardQuorum, QuorumRule generalQuorum, MembersRegister members, int clearDays) {
        this.clearDays = clearDays;
        this.boardQuorum = boardQuorum;
        this.generalQuorum = generalQuorum;
        this.members = members;
    }

    static MeetingEntity meetingEntity(EntityManager em, long id) {
        MeetingEntity m = em.find(MeetingEntity.class, id);
        if (m == null) {
            throw new NotFoundException("There is no meeting with id " + id + ".");
        }
        return m;
    }

    static ItemEntity itemEntity(EntityManager em, long id) {
        ItemEntity i = em.find(ItemEntity.class, id);
        if (i == null) {
            throw new NotFoundException("There is no agenda item with id " + id + ".");
        }
        return i;
    }

    static List<ItemEntity> items(EntityManager em, long meetingId) {
        return em.createQuery("select i from ItemEntity i where i.meetingId = :m order by i.number", ItemEntity.class)
                .setParameter("m", meetingId).getResultList();
    }

    /** The corrections applied to a meeting's minutes, oldest first. */
    static List<CorrectionEntity> appliedCorrections(EntityManager em, long meetingId) {
        return em.createQuery("select c from CorrectionEntity c where c.meetingId = :m and c.appliedVersion is not null"
                + " order by c.appliedVersion, c.id", CorrectionEntity.class).setParameter("m", meetingId).getResultList();
    }

    static List<MinutesEntity> minutes(EntityManager em, long meetingId) {
        return em.createQuery("select v from MinutesEntity v where v.meetingId = :m order by v.number", MinutesEntity.class)
                .setParameter("m", meetingId).getResultList();
    }

    /**
     * The qualifying persons, from the registers on the day of the meeting: for a board meeting the ids of the
     * directors in office (not the company secretary); for a general meeting the GSS codes of the members on the
     * register of members.
     */
    Set<String> qualifying(EntityManager em, MeetingEntity m) {
        LocalDate day = m.startsAt.toLocalDate();
        if (MeetingType.valueOf(m.kind) == MeetingType.GENERAL) {
            return members.membersOn(day).stream().map(MembersRegister.OnRegister::gssCode).collect(Collectors.toSet());
        }
        return directorsInOffice(em, day).stream().map(d -> String.valueOf(d.id)).collect(Collectors.toSet());
    }

    static List<DirectorEntity> directorsInOffice(EntityManager em, LocalDate day) {
        return em.createQuery("select d from DirectorEntity d", DirectorEntity.class).getResultList().stream()
                .filter(d -> !"COMPANY_SECRETARY".equals(d.role) && !d.appointedOn.isAfter(day)
                        && (d.ceasedOn == null || d.ceasedOn.isAfter(day)))
                .toList();
    }

    /** "2 of the 5 directors in office" or "2 of the 31 members on the register (by their corporate representatives)". */
    String quorum(MeetingType type, int qualifying) {
        QuorumRule rule = rule(type);
        return rule.required(qualifying) + (rule.percent() > 0 ? " (" + rule + ")" : "") + " of the " + qualifying
                + (type == MeetingType.BOARD ? " directors in office"
                        : " members on the register of members, present by their corporate representatives");
    }

    QuorumRule rule(MeetingType type) {
        return type == MeetingType.BOARD ? boardQuorum : generalQuorum;
    }

    Meeting meeting(EntityManager em, MeetingEntity m) {
        MeetingType type = MeetingType.valueOf(m.kind);
        List<Attendance> attendance = em.createQuery(
                "select a from AttendanceEntity a where a.meetingId = :m order by a.id", AttendanceEntity.class)
                .setParameter("m", m.id).getResultList().stream().map(MeetingRecords::attendance).toList();
        Set<String> qualifying = qualifying(em, m);
        List<AgendaItem> items = items(em, m.id).stream().map(i -> {
            List<Interest> interests = em.createQuery(
                    "select x from InterestEntity x where x.itemId = :i order by x.id", InterestEntity.class)
                    .setParameter("i", i.id).getResultList().stream()
                    .map(x -> new Interest(x.personName, x.nature, x.leftRoom)).toList();
            List<Paper> papers = currentPapers(em, i.id).stream().map(p -> paper(p, i)).toList();
            boolean quorate = Quorum.quorate(rule(type), type, i.number, attendance, interests, qualifying);
            return new AgendaItem(i.id, i.number, i.title, i.exempt ? i.publicTitle : i.title, i.exempt,
                    i.exemptParagraph, i.exemptReason, i.minute, i.approvesMeetingId, papers, interests, decision(i), quorate,
                    i.approvesCorrectionId, i.presenter, i.decisionSought);
        }).toList();
        List<MinutesVersion> minutes = minutes(em, m.id).stream()
                .map(v -> new MinutesVersion(v.number, true, v.createdAt, v.reason, v.confidentialSha256, v.publicSha256))
                .toList();
        return new Meeting(m.id, type, m.title, m.startsAt, m.place, m.onlineLink, MeetingStatus.valueOf(m.status), items,
                attendance, actionLog(em, m), minutes, m.version, quorum(type, qualifying.size()),
                DispatchRule.papersDueBy(m.startsAt.toLocalDate(), clearDays), m.papersSentOn);
    }

    int clearDays() {
        return clearDays;
    }

    /** The newest version of each of an item's papers, in the order they were first added. */
    static List<PaperEntity> currentPapers(EntityManager em, long itemId) {
        List<PaperEntity> all = em.createQuery("select p from PaperEntity p where p.itemId = :i order by p.paperId, p.versionNumber",
                PaperEntity.class).setParameter("i", itemId).getResultList();
        java.util.Map<Long, PaperEntity> newest = new java.util.LinkedHashMap<>();
        all.forEach(p -> newest.put(p.paperId == null ? p.id : p.paperId, p));
        return List.copyOf(newest.values());
    }

    /** A paper version; exempt when it is or its item is. */
    static Paper paper(PaperEntity p, ItemEntity item) {
        boolean exempt = p.exempt || item.exempt;
        return new Paper(p.id, p.title, p.fileName, p.mediaType, p.sha256, p.size, p.paperId == null ? p.id : p.paperId,
                Math.max(1, p.versionNumber), exempt, exempt ? (p.exemptParagraph != null ? p.exemptParagraph : item.exemptParagraph) : null,
                p.written);
    }

    /** Actions still open when the meeting began, from earlier meetings of the same kind, then the meeting's own. */
    static List<Action> actionLog(EntityManager em, MeetingEntity m) {
        LocalDate day = m.startsAt.toLocalDate();
        return em.createQuery("select a, m from ActionEntity a, MeetingEntity m where a.meetingId = m.id"
                + " and m.kind = :k and (m.id = :id or (m.startsAt < :at and (a.doneOn is null or a.doneOn >= :day)))"
                + " order by m.startsAt, a.itemNumber, a.id", Object[].class)
                .setParameter("k", m.kind).setParameter("id", m.id).setParameter("at", m.startsAt).setParameter("day", day)
                .getResultList().stream().map(r -> action((ActionEntity) r[0])).toList();
    }

    static Action action(ActionEntity a) {
        return new Action(a.id, a.meetingId, a.itemNumber, a.description, a.owner, a.dueOn, a.doneOn, a.exempt);
    }

    static Attendance attendance(AttendanceEntity a) {
        return new Attendance(a.id, a.personName, a.directorId, Capacity.valueOf(a.capacity),
                AttendanceStatus.valueOf(a.status), a.arrivedAtItem, a.leftAfterItem, a.memberGss);
    }

    static Decision decision(ItemEntity i) {
        if (!i.decided) {
            return null;
        }
        List<String> notVoting = i.notVoting == null || i.notVoting.isBlank() ? List.of()
                : Arrays.stream(i.notVoting.split("\n")).filter(s -> !s.isBlank()).toList();
        return new Decision(i.resolution, i.proposer, i.seconder, i.consensus, i.votesFor, i.votesAgainst, i.abstentions,
                notVoting);
    }
}
