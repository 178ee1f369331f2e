package plv.board.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import plv.board.api.Action;
import plv.board.api.AgendaItem;
import plv.board.api.Attendance;
import plv.board.api.AttendanceStatus;
import plv.board.api.Capacity;
import plv.board.api.Decision;
import plv.board.api.Interest;
import plv.board.api.ItemDraft;
import plv.board.api.Meeting;
import plv.board.api.MeetingPlan;
import plv.board.api.MeetingStatus;
import plv.board.api.MeetingType;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.MinutesVersion;
import plv.board.api.Paper;
import plv.platform.api.calendar.CalendarWriter;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.AuditLog;
import plv.platform.spi.persistence.Store;
import plv.report.pdf.AgendaPack;
import plv.report.pdf.PackAssembler;
import plv.report.pdf.PdfInspector;
import plv.report.pdf.PdfRenderer;
import plv.report.pdf.PdfSigner;
import plv.report.pdf.SignatureCheck;
import plv.report.pdf.SignatureRequest;
import plv.board.api.MinutesSignature;
import plv.membership.api.MemberRegister;
import plv.platform.api.time.PlvClock;

/** Meetings and their business; quorum per item from configuration; minutes kept as PDF/A once approved. */
@Component(service = Meetings.class, configurationPid = "plv.board.meetings")
@Designate(ocd = QuorumConfig.class)
public final class MeetingsService implements Meetings {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final Store store;
    private final PdfRenderer renderer;
    private final MeetingRecords records;
    private final MembersRegister members;
    private final PlvClock clock;
    private final PdfInspector inspector;
    private final PackAssembler assembler;
    private final PdfSigner signer;
    private final CalendarWriter calendars;

    @Activate
    public MeetingsService(@Reference BoardUnit unit, @Reference PdfRenderer renderer, @Reference MemberRegister register,
            @Reference PlvClock clock, @Reference PdfInspector inspector, @Reference PackAssembler assembler,
            @Reference PdfSigner signer, @Reference CalendarWriter calendars, QuorumConfig config) {
        this.store = unit.store;
        this.signer = signer;
        this.assembler = assembler;
        this.inspector = inspector;
        this.calendars = calendars;
        if (config.dispatch_clearDays() < 0 || config.dispatch_clearDays() > 60) {
            throw new IllegalArgumentException("dispatch.clearDays must be a number of days from 0 to 60, not "
                    + config.dispatch_clearDays() + ".");
        }
        this.renderer = renderer;
        this.clock = clock;
        this.members = new MembersRegister(register);
        this.records = new MeetingRecords(QuorumRule.parse("board.quorum", config.board_quorum()),
                QuorumRule.parse("general.quorum", config.general_quorum()), members, config.dispatch_clearDays());
    }

    @Override
    public List<Meeting> meetings(Actor actor) {
        Check.signedIn(actor);
        return store.read(em -> em.createQuery("select m from MeetingEntity m order by m.startsAt desc", MeetingEntity.class)
                .getResultList().stream().map(m -> visible(actor, records.meeting(em, m))).toList());
    }

    @Override
    public Meeting meeting(Actor actor, long id) {
        Check.signedIn(actor);
        return store.read(em -> visible(actor, records.meeting(em, MeetingRecords.meetingEntity(em, id))));
    }

    private static Meeting visible(Actor actor, Meeting m) {
        return actor.mayReadCompanyExempt() ? m : PublicView.of(m);
    }

    @Override
    public Meeting plan(Actor actor, MeetingPlan plan) {
        Check.secretary(actor);
        new Check().required("type", plan.type(), "Type of meeting").required("startsAt", plan.startsAt(), "Date and time")
                .that(Check.trim(plan.place()) != null || Check.trim(plan.onlineLink()) != null, "place",
                        "Give a place or an online link for the meeting.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            MeetingEntity m = new MeetingEntity();
            m.kind = plan.type().name();
            m.title = Check.trim(plan.title()) != null ? plan.title().trim() : plan.type().label();
            m.startsAt = plan.startsAt();
            m.place = Check.trim(plan.place());
            m.onlineLink = Check.trim(plan.onlineLink());
            m.status = MeetingStatus.PLANNED.name();
            em.persist(m);
            em.flush();
            em.createQuery("select p from MeetingEntity p where p.kind = :k and p.startsAt < :at order by p.startsAt desc",
                    MeetingEntity.class).setParameter("k", m.kind).setParameter("at", m.startsAt).setMaxResults(1)
                    .getResultList().stream().findFirst().ifPresent(previous -> {
                        ItemEntity i = newItem(m.id, 1, ItemDraft.open("Minutes of the previous meeting held on "
                                + previous.startsAt.format(DAY), null));
                        i.approvesMeetingId = previous.id;
                        em.persist(i);
                    });
            audit.record("plan", "meeting", m.id, Map.of("kind", FieldChange.of(null, m.kind),
                    "startsAt", FieldChange.of(null, m.startsAt), "title", FieldChange.of(null, m.title)));
            em.flush();
            return records.meeting(em, m);
        });
    }

    @Override
    public Meeting changeStatus(Actor actor, long meetingId, MeetingStatus status) {
        Check.secretary(actor);
        new Check().required("status", status, "Status").that(status != MeetingStatus.MINUTES_APPROVED, "status",
                "Minutes are approved by approving them (or by the next meeting's decision), not by changing the status.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            MeetingEntity m = unlocked(em, meetingId);
            String before = m.status;
            m.status = status.name();
            audit.record("change-status", "meeting", m.id, Map.of("status", FieldChange.of(before, m.status)));
            em.flush();
            return records.meeting(em, m);
        });
    }

    @Override
    public AgendaItem addItem(Actor actor, long meetingId, ItemDraft d) {
        Check.secretary(actor);
        Check check = new Check().required("title", Check.trim(d.title()), "Title")
                .that(Check.trim(d.presenter()) == null || d.presenter().trim().length() <= 200, "presenter",
                        "Give the presenter in at most 200 characters.")
                .that(Check.trim(d.decisionSought()) == null || d.decisionSought().trim().length() <= 2000, "decisionSought",
                        "Give the decision sought in at most 2000 characters.");
        if (d.exempt()) {
            check.that(d.exemptParagraph() != null && d.exemptParagraph() >= 1 && d.exemptParagraph() <= 7,
                    "exemptParagraph", "A Part 2 item needs its Schedule 12A paragraph, a number from 1 to 7.")
                    .required("exemptReason", Check.trim(d.exemptReason()), "The reason the information is exempt")
                    .required("publicTitle", Check.trim(d.publicTitle()), "A title approved for publication");
        }
        check.orThrow();
        return store.write(actor, (em, audit) -> {
            MeetingEntity m = unlocked(em, meetingId);
            // from a locked counter per meeting: concurrent additions queue instead of taking the same number
            int next = (int) store.nextNumber(em, "board.agenda-item." + m.id,
                    x -> MeetingRecords.items(x, m.id).stream().mapToInt(i -> i.number).max().orElse(0));
            ItemEntity i = newItem(m.id, next, d);
            em.persist(i);
            em.flush();
            audit.record("add-item", "agenda-item", i.id, Map.of("meeting", FieldChange.of(null, m.id),
                    "title", FieldChange.of(null, i.title), "exempt", FieldChange.of(null, i.exempt)));
            return item(em, m, i.id);
        });
    }

    private static ItemEntity newItem(long meetingId, int number, ItemDraft d) {
        ItemEntity i = new ItemEntity();
        i.meetingId = meetingId;
        i.number = number;
        i.title = d.title().trim();
        i.exempt = d.exempt();
        i.exemptParagraph = d.exempt() ? d.exemptParagraph() : null;
        i.exemptReason = d.exempt() ? d.exemptReason().trim() : null;
        i.publicTitle = d.exempt() ? d.publicTitle().trim() : null;
        i.minute = Check.trim(d.minute());
        i.presenter = Check.trim(d.presenter());
        i.decisionSought = Check.trim(d.decisionSought());
        return i;
    }

    @Override
    public AgendaItem writeMinute(Actor actor, long itemId, String minute) {
        Check.secretary(actor);
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            MeetingEntity m = unlocked(em, i.meetingId);
            String before = i.minute;
            i.minute = Check.trim(minute);
            audit.record("write-minute", "agenda-item", i.id, Map.of("minute", FieldChange.of(before, i.minute)));
            em.flush();
            return item(em, m, i.id);
        });
    }

    @Override
    public Paper attachPaper(Actor actor, long itemId, String title, String fileName, String mediaType, byte[] content) {
        Check.secretary(actor);
        new Check().required("title", Check.trim(title), "Title of the paper").required("fileName", Check.trim(fileName), "File name")
                .that(content != null && content.length > 0, "content", "Choose a file that is not empty.").orThrow();
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            unlocked(em, i.meetingId);
            PaperEntity p = new PaperEntity();
            p.itemId = i.id;
            p.title = title.trim();
            p.fileName = fileName.trim();
            p.mediaType = Check.trim(mediaType) == null ? "application/octet-stream" : mediaType.trim();
            p.content = content.clone();
            p.size = content.length;
            p.sha256 = Check.sha256(content);
            p.versionNumber = 1;
            p.exempt = i.exempt;
            p.exemptParagraph = i.exempt ? i.exemptParagraph : null;
            em.persist(p);
            em.flush();
            p.paperId = p.id;
            audit.record("attach-paper", "paper", p.id, Map.of("item", FieldChange.of(null, i.id),
                    "fileName", FieldChange.of(null, p.fileName), "sha256", FieldChange.of(null, p.sha256)));
            return MeetingRecords.paper(p, i);
        });
    }

    @Override
    public AgendaItem moveItem(Actor actor, long itemId, int position) {
        Check.secretary(actor);
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            MeetingEntity m = unlocked(em, i.meetingId);
            List<ItemEntity> items = new java.util.ArrayList<>(MeetingRecords.items(em, m.id));
            if (position < 1 || position > items.size()) {
                throw new ValidationException("position", "Give a position from 1 to " + items.size() + " (the number of items on the agenda).");
            }
            int before = i.number;
            items.removeIf(x -> x.id.equals(i.id));
            items.add(position - 1, i);
            for (int n = 0; n < items.size(); n++) {
                items.get(n).number = n + 1;
            }
            em.flush();
            audit.record("move-item", "agenda-item", i.id, Map.of("number", FieldChange.of(before, i.number)));
            return item(em, m, i.id);
        });
    }

    @Override
    public AgendaItem describeItem(Actor actor, long itemId, String presenter, String decisionSought) {
        Check.secretary(actor);
        new Check().that(Check.trim(presenter) == null || presenter.trim().length() <= 200, "presenter",
                "Give the presenter in at most 200 characters.")
                .that(Check.trim(decisionSought) == null || decisionSought.trim().length() <= 2000, "decisionSought",
                        "Give the decision sought in at most 2000 characters.").orThrow();
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            MeetingEntity m = unlocked(em, i.meetingId);
            Map<String, FieldChange> changes = Map.of("presenter", FieldChange.of(i.presenter, Check.trim(presenter)),
                    "decisionSought", FieldChange.of(i.decisionSought, Check.trim(decisionSought)));
            i.presenter = Check.trim(presenter);
            i.decisionSought = Check.trim(decisionSought);
            em.flush();
            audit.record("describe-item", "agenda-item", i.id, changes);
            return item(em, m, i.id);
        });
    }

    @Override
    public Paper uploadPaper(Actor actor, long itemId, String title, String fileName, byte[] pdf, boolean exempt,
            Integer exemptParagraph) {
        Check.secretary(actor);
        Check check = new Check().required("title", Check.trim(title), "Title of the paper")
                .that(Check.trim(title) == null || title.trim().length() <= 500, "title", "Give a title of at most 500 characters.");
        checkPdf(check, fileName, pdf);
        return newPaper(actor, itemId, title, fileName, "application/pdf", pdf, false, exempt, exemptParagraph, check);
    }

    @Override
    public Paper writePaper(Actor actor, long itemId, String title, String text, boolean exempt, Integer exemptParagraph) {
        Check.secretary(actor);
        Check check = new Check().required("title", Check.trim(title), "Title of the paper")
                .that(Check.trim(title) == null || title.trim().length() <= 500, "title", "Give a title of at most 500 characters.")
                .required("text", Check.trim(text), "The text of the paper");
        byte[] content = text == null ? new byte[0] : text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        check.that(content.length <= Paper.MAX_BYTES, "text", "The text is longer than " + Paper.MAX_BYTES / 1_000_000
                + " MB; split it into several papers.");
        String name = Check.trim(title) == null ? "paper.txt" : title.trim().replaceAll("[^A-Za-z0-9 ._-]", "").trim() + ".txt";
        return newPaper(actor, itemId, title, name.equals(".txt") ? "paper.txt" : name, "text/plain; charset=UTF-8", content,
                true, exempt, exemptParagraph, check);
    }

    private void checkPdf(Check check, String fileName, byte[] pdf) {
        check.required("fileName", Check.trim(fileName), "File name")
                .that(pdf != null && pdf.length > 0, "file", "Choose a PDF file that is not empty.")
                .that(pdf == null || pdf.length <= Paper.MAX_BYTES, "file", "The file is " + (pdf == null ? 0 : pdf.length / 1_000_000)
                        + " MB; papers can be at most " + Paper.MAX_BYTES / 1_000_000 + " MB. Reduce it (e.g. compress its images) or split it.");
        if (pdf != null && pdf.length > 0 && pdf.length <= Paper.MAX_BYTES) {
            try {
                inspector.pages(pdf);
            } catch (IllegalArgumentException e) {
                check.that(false, "file", e.getMessage());
            }
        }
    }

    private Paper newPaper(Actor actor, long itemId, String title, String fileName, String mediaType, byte[] content,
            boolean written, boolean exempt, Integer exemptParagraph, Check check) {
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            boolean isExempt = exempt || i.exempt;
            Integer paragraph = i.exempt && exemptParagraph == null ? i.exemptParagraph : exemptParagraph;
            check.that(!isExempt || (paragraph != null && paragraph >= 1 && paragraph <= 7), "exemptParagraph",
                    "An exempt paper needs its Schedule 12A paragraph, a number from 1 to 7.").orThrow();
            unlocked(em, i.meetingId);
            PaperEntity p = new PaperEntity();
            p.itemId = i.id;
            p.title = title.trim();
            p.fileName = fileName.trim();
            p.mediaType = mediaType;
            p.content = content.clone();
            p.size = content.length;
            p.sha256 = Check.sha256(content);
            p.versionNumber = 1;
            p.exempt = isExempt;
            p.exemptParagraph = isExempt ? paragraph : null;
            p.written = written;
            em.persist(p);
            em.flush();
            p.paperId = p.id;
            em.flush();
            audit.record(written ? "write-paper" : "upload-paper", "paper", p.id, Map.of("item", FieldChange.of(null, i.id),
                    "title", FieldChange.of(null, p.title), "exempt", FieldChange.of(null, p.exempt),
                    "sha256", FieldChange.of(null, p.sha256)));
            return MeetingRecords.paper(p, i);
        });
    }

    @Override
    public Paper revisePaper(Actor actor, long paperId, String fileName, byte[] pdf, String text) {
        Check.secretary(actor);
        PaperEntity first = store.read(em -> paperEntity(em, paperId));
        Check check = new Check();
        byte[] content;
        String name;
        if (first.written) {
            check.required("text", Check.trim(text), "The text of the paper");
            content = text == null ? new byte[0] : text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            check.that(content.length <= Paper.MAX_BYTES, "text", "The text is longer than " + Paper.MAX_BYTES / 1_000_000 + " MB.");
            name = first.fileName;
        } else {
            checkPdf(check, fileName, pdf);
            content = pdf;
            name = Check.trim(fileName);
        }
        check.orThrow();
        return store.write(actor, (em, audit) -> {
            PaperEntity previous = paperEntity(em, paperId);
            long series = previous.paperId == null ? previous.id : previous.paperId;
            ItemEntity i = MeetingRecords.itemEntity(em, previous.itemId);
            unlocked(em, i.meetingId);
            int newest = em.createQuery("select max(p.versionNumber) from PaperEntity p where p.paperId = :s", Integer.class)
                    .setParameter("s", series).getSingleResult();
            PaperEntity p = new PaperEntity();
            p.itemId = i.id;
            p.paperId = series;
            p.versionNumber = newest + 1;
            p.title = previous.title;
            p.fileName = name;
            p.mediaType = previous.mediaType;
            p.content = content.clone();
            p.size = content.length;
            p.sha256 = Check.sha256(content);
            p.exempt = previous.exempt;
            p.exemptParagraph = previous.exemptParagraph;
            p.written = previous.written;
            em.persist(p);
            em.flush();
            audit.record("revise-paper", "paper", series, Map.of("version", FieldChange.of(newest, p.versionNumber),
                    "sha256", FieldChange.of(previous.sha256, p.sha256)));
            return MeetingRecords.paper(p, i);
        });
    }

    @Override
    public List<Paper> paperVersions(Actor actor, long paperId) {
        Check.signedIn(actor);
        return store.read(em -> {
            PaperEntity any = readablePaper(em, actor, paperId);
            long series = any.paperId == null ? any.id : any.paperId;
            ItemEntity i = MeetingRecords.itemEntity(em, any.itemId);
            return em.createQuery("select p from PaperEntity p where p.paperId = :s order by p.versionNumber", PaperEntity.class)
                    .setParameter("s", series).getResultList().stream().map(p -> MeetingRecords.paper(p, i)).toList();
        });
    }

    @Override
    public Paper paper(Actor actor, long paperVersionId) {
        Check.signedIn(actor);
        return store.read(em -> {
            PaperEntity p = readablePaper(em, actor, paperVersionId);
            return MeetingRecords.paper(p, MeetingRecords.itemEntity(em, p.itemId));
        });
    }

    private static PaperEntity paperEntity(EntityManager em, long id) {
        PaperEntity p = em.find(PaperEntity.class, id);
        if (p == null) {
            throw new NotFoundException("There is no paper with id " + id + ".");
        }
        return p;
    }

    private static PaperEntity readablePaper(EntityManager em, Actor actor, long id) {
        PaperEntity p = paperEntity(em, id);
        if ((p.exempt || MeetingRecords.itemEntity(em, p.itemId).exempt) && !actor.mayReadCompanyExempt()) {
            throw new AccessDeniedException("This paper is exempt: only directors and the secretary may read it.");
        }
        return p;
    }

    @Override
    public Meeting recordPapersSent(Actor actor, long meetingId, LocalDate sentOn) {
        Check.secretary(actor);
        new Check().required("sentOn", sentOn, "The day the papers were sent").orThrow();
        return store.write(actor, (em, audit) -> {
            MeetingEntity m = unlocked(em, meetingId);
            if (sentOn.isAfter(m.startsAt.toLocalDate())) {
                throw new ValidationException("sentOn", "Papers sent after the meeting (" + m.startsAt.toLocalDate().format(DAY)
                        + ") are not its papers; give the day they were sent, on or before the meeting.");
            }
            LocalDate before = m.papersSentOn;
            m.papersSentOn = sentOn;
            em.flush();
            audit.record("send-papers", "meeting", m.id, Map.of("papersSentOn", FieldChange.of(before, sentOn),
                    "clearDays", FieldChange.of(null, DispatchRule.clearDaysGiven(sentOn, m.startsAt.toLocalDate()))));
            return records.meeting(em, m);
        });
    }

    @Override
    public byte[] paperContent(Actor actor, long paperId) {
        Check.signedIn(actor);
        return store.read(em -> {
            PaperEntity p = em.find(PaperEntity.class, paperId);
            if (p == null) {
                throw new NotFoundException("There is no paper with id " + paperId + ".");
            }
            if ((p.exempt || MeetingRecords.itemEntity(em, p.itemId).exempt) && !actor.mayReadCompanyExempt()) {
                throw new AccessDeniedException("This paper is exempt (Part 2): only directors and the secretary may read it.");
            }
            return p.content.clone();
        });
    }

    @Override
    public Attendance recordAttendance(Actor actor, long meetingId, String personName, Long directorId, Capacity capacity,
            AttendanceStatus status, Integer arrivedAtItem, Integer leftAfterItem) {
        Check.secretary(actor);
        new Check().required("personName", Check.trim(personName), "Name").required("capacity", capacity, "Capacity")
                .required("status", status, "Attendance")
                .that(capacity != Capacity.DIRECTOR || directorId != null, "directorId",
                        "A director is named by their entry in the register of directors: give the director id.")
                .that(capacity != Capacity.MEMBER_REPRESENTATIVE, "capacity",
                        "A member attends through its corporate representative: record it by the member's GSS code.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            MeetingEntity m = unlocked(em, meetingId);
            DirectorEntity director = directorId == null ? null : em.find(DirectorEntity.class, directorId);
            if (directorId != null && director == null) {
                throw new ValidationException("directorId", "There is no director with id " + directorId + " in the register.");
            }
            LocalDate day = m.startsAt.toLocalDate();
            if (capacity == Capacity.DIRECTOR && MeetingRecords.directorsInOffice(em, day).stream().noneMatch(d -> d.id.equals(directorId))) {
                throw new ValidationException("directorId", director.name + " was not a director in office on " + day.format(DAY)
                        + " (appointed " + director.appointedOn + (director.ceasedOn != null ? ", ceased " + director.ceasedOn : "")
                        + "); record them as an officer or observer.");
            }
            return attend(em, audit, m, personName.trim(), directorId, null, capacity, status, arrivedAtItem, leftAfterItem);
        });
    }

    @Override
    public Attendance recordRepresentative(Actor actor, long meetingId, String memberGss, AttendanceStatus status,
            Integer arrivedAtItem, Integer leftAfterItem) {
        Check.secretary(actor);
        new Check().required("memberGss", Check.trim(memberGss), "The member (GSS code)").required("status", status, "Attendance")
                .gss("memberGss", Check.trim(memberGss)).orThrow();
        String gss = memberGss.trim();
        LocalDate day = store.read(em -> MeetingRecords.meetingEntity(em, meetingId).startsAt.toLocalDate());
        MembersRegister.OnRegister member = members.memberOn(gss, day).orElseThrow(() -> new ValidationException("memberGss",
                gss + " was not on the register of members on " + day.format(DAY) + ", so it cannot attend as a member."));
        if (member.representative() == null) {
            throw new ValidationException("memberGss", member.name() + " had no corporate representative appointed on "
                    + day.format(DAY) + " (s323): appoint one in the register of members first.");
        }
        return store.write(actor, (em, audit) -> attend(em, audit, unlocked(em, meetingId), member.representative(), null, gss,
                Capacity.MEMBER_REPRESENTATIVE, status, arrivedAtItem, leftAfterItem));
    }

    private static Attendance attend(EntityManager em, AuditLog audit, MeetingEntity m, String personName, Long directorId,
            String memberGss, Capacity capacity, AttendanceStatus status, Integer arrivedAtItem, Integer leftAfterItem) {
        new Check().that(arrivedAtItem == null || leftAfterItem == null || arrivedAtItem <= leftAfterItem, "leftAfterItem",
                "A person cannot leave (after item " + leftAfterItem + ") before arriving (at item " + arrivedAtItem + ").")
                .orThrow();
        AttendanceEntity a = new AttendanceEntity();
        a.meetingId = m.id;
        a.personName = personName;
        a.directorId = directorId;
        a.memberGss = memberGss;
        a.capacity = capacity.name();
        a.status = status.name();
        a.arrivedAtItem = arrivedAtItem;
        a.leftAfterItem = leftAfterItem;
        em.persist(a);
        em.flush();
        audit.record("record-attendance", "meeting", m.id, memberGss == null
                ? Map.of("person", FieldChange.of(null, a.personName), "status", FieldChange.of(null, a.status))
                : Map.of("person", FieldChange.of(null, a.personName), "status", FieldChange.of(null, a.status),
                        "member", FieldChange.of(null, memberGss)));
        return MeetingRecords.attendance(a);
    }

    @Override
    public void declareInterest(Actor actor, long itemId, Interest interest) {
        Check.secretary(actor);
        new Check().required("personName", Check.trim(interest.personName()), "Name of the person declaring")
                .required("nature", Check.trim(interest.nature()), "The nature of the interest").orThrow();
        store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            unlocked(em, i.meetingId);
            InterestEntity x = new InterestEntity();
            x.itemId = i.id;
            x.personName = interest.personName().trim();
            x.nature = interest.nature().trim();
            x.leftRoom = interest.leftRoom();
            em.persist(x);
            em.flush();
            audit.record("declare-interest", "agenda-item", i.id, Map.of("person", FieldChange.of(null, x.personName),
                    "leftRoom", FieldChange.of(null, x.leftRoom)));
            return null;
        });
    }

    @Override
    public AgendaItem decide(Actor actor, long itemId, Decision d) {
        Check.secretary(actor);
        new Check().required("resolution", Check.trim(d.resolution()), "The resolution's wording")
                .that(d.votesFor() >= 0 && d.against() >= 0 && d.abstained() >= 0, "votesFor", "Votes cannot be negative.")
                .that(d.consensus() || d.votesFor() + d.against() + d.abstained() > 0, "votesFor",
                        "Enter the votes for, against and abstentions, or tick 'agreed by consensus'.")
                .that(!d.consensus() || d.votesFor() + d.against() + d.abstained() == 0, "consensus",
                        "A decision by consensus has no vote counts; clear them or untick consensus.")
                .orThrow();
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            MeetingEntity m = unlocked(em, i.meetingId);
            Meeting meeting = records.meeting(em, m);
            AgendaItem current = meeting.items().stream().filter(x -> x.id() == itemId).findFirst().orElseThrow();
            if (!current.quorate()) {
                throw new ValidationException("decision", "The meeting was not quorate for item " + i.number
                        + " (quorum " + meeting.quorum() + "); a decision cannot be recorded."
                        + " Record who was present for the item first.");
            }
            for (String person : d.notVoting()) {
                if (current.interests().stream().noneMatch(x -> x.personName().equals(person))) {
                    throw new ValidationException("notVoting", person + " did not declare an interest in item " + i.number
                            + "; record the declaration first.");
                }
            }
            i.decided = true;
            i.resolution = d.resolution().trim();
            i.proposer = Check.trim(d.proposer());
            i.seconder = Check.trim(d.seconder());
            i.consensus = d.consensus();
            i.votesFor = d.votesFor();
            i.votesAgainst = d.against();
            i.abstentions = d.abstained();
            i.notVoting = String.join("\n", d.notVoting());
            audit.record("decide", "agenda-item", i.id, Map.of("resolution", FieldChange.of(null, i.resolution),
                    "outcome", FieldChange.of(null, d.outcome())));
            em.flush();
            if (i.approvesCorrectionId != null && d.carried()) {
                CorrectionEntity c = em.find(CorrectionEntity.class, i.approvesCorrectionId);
                if (c != null && c.appliedVersion == null) {
                    applyCorrection(em, audit, c, m, i);
                }
            }
            if (i.approvesMeetingId != null && d.carried() && MeetingRecords.minutes(em, i.approvesMeetingId).isEmpty()) {
                approve(em, audit, MeetingRecords.meetingEntity(em, i.approvesMeetingId),
                        "Approved as a correct record at the meeting of " + m.startsAt.format(DAY));
            }
            return item(em, m, i.id);
        });
    }

    @Override
    public Action addAction(Actor actor, long itemId, String description, String owner, LocalDate dueOn) {
        Check.secretary(actor);
        new Check().required("description", Check.trim(description), "What is to be done")
                .required("owner", Check.trim(owner), "Who does it").required("dueOn", dueOn, "Due date").orThrow();
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            unlocked(em, i.meetingId);
            ActionEntity a = new ActionEntity();
            a.meetingId = i.meetingId;
            a.itemNumber = i.number;
            a.exempt = i.exempt;
            a.description = description.trim();
            a.owner = owner.trim();
            a.dueOn = dueOn;
            em.persist(a);
            em.flush();
            audit.record("add-action", "action", a.id, Map.of("description", FieldChange.of(null, a.description),
                    "owner", FieldChange.of(null, a.owner), "dueOn", FieldChange.of(null, a.dueOn)));
            return MeetingRecords.action(a);
        });
    }

    @Override
    public Action completeAction(Actor actor, long actionId, LocalDate doneOn) {
        Check.secretary(actor);
        new Check().required("doneOn", doneOn, "Date done").orThrow();
        return store.write(actor, (em, audit) -> {
            ActionEntity a = em.find(ActionEntity.class, actionId);
            if (a == null) {
                throw new NotFoundException("There is no action with id " + actionId + ".");
            }
            a.doneOn = doneOn;
            audit.record("complete-action", "action", a.id, Map.of("doneOn", FieldChange.of(null, doneOn)));
            em.flush();
            return MeetingRecords.action(a);
        });
    }

    @Override
    public MinutesVersion approveMinutes(Actor actor, long meetingId, String reason) {
        Check.secretary(actor);
        return store.write(actor, (em, audit) -> {
            MeetingEntity m = unlocked(em, meetingId);
            if (MeetingStatus.valueOf(m.status).compareTo(MeetingStatus.HELD) < 0) {
                throw new ValidationException("status", "The meeting has not been held yet (status "
                        + MeetingStatus.valueOf(m.status).label() + "); minutes can be approved only after it.");
            }
            return approve(em, audit, m, Check.trim(reason) == null ? "Approved" : reason.trim());
        });
    }

    @Override
    public AgendaItem proposeCorrection(Actor actor, long itemId, String minute, String reason, long atMeetingId) {
        Check.secretary(actor);
        new Check().required("reason", Check.trim(reason), "The reason for the correction")
                .required("minute", Check.trim(minute), "The corrected minute").orThrow();
        return store.write(actor, (em, audit) -> {
            ItemEntity i = MeetingRecords.itemEntity(em, itemId);
            MeetingEntity m = MeetingRecords.meetingEntity(em, i.meetingId);
            if (MeetingRecords.minutes(em, m.id).isEmpty()) {
                throw new ValidationException("minute", "These minutes are not approved yet; edit the minute directly.");
            }
            MeetingEntity at = unlocked(em, atMeetingId);
            if (!at.startsAt.isAfter(m.startsAt)) {
                throw new ValidationException("atMeetingId", "A correction to the minutes of " + m.startsAt.format(DAY)
                        + " is approved at a later meeting; choose a meeting after that date.");
            }
            CorrectionEntity c = new CorrectionEntity();
            c.meetingId = m.id;
            c.itemId = i.id;
            c.oldMinute = i.minute;
            c.newMinute = minute.trim();
            c.reason = reason.trim();
            em.persist(c);
            em.flush();
            String title = "Correction to the minutes of the meeting of " + m.startsAt.format(DAY) + ", item " + i.number;
            String text = "Proposed correction of item " + i.number + ". Reason: " + c.reason + ". Was: "
                    + (c.oldMinute == null ? "(no minute)" : c.oldMinute) + " Proposed: " + c.newMinute;
            ItemDraft draft = i.exempt ? ItemDraft.exempt(title, i.exemptParagraph, i.exemptReason, title + " (Part 2 item)", text)
                    : ItemDraft.open(title, text);
            int next = (int) store.nextNumber(em, "board.agenda-item." + at.id,
                    x -> MeetingRecords.items(x, at.id).stream().mapToInt(n -> n.number).max().orElse(0));
            ItemEntity approval = newItem(at.id, next, draft);
            approval.approvesCorrectionId = c.id;
            em.persist(approval);
            em.flush();
            c.approvalItemId = approval.id;
            audit.record("propose-correction", "agenda-item", i.id, Map.of("minute", FieldChange.of(c.oldMinute, c.newMinute),
                    "reason", FieldChange.of(null, c.reason), "atMeeting", FieldChange.of(null, at.id)));
            em.flush();
            return item(em, at, approval.id);
        });
    }

    /** Applies a correction approved at {@code at} (item {@code approval}): the corrected minute and a new version. */
    private void applyCorrection(EntityManager em, AuditLog audit, CorrectionEntity c, MeetingEntity at, ItemEntity approval) {
        ItemEntity target = MeetingRecords.itemEntity(em, c.itemId);
        MeetingEntity minuted = MeetingRecords.meetingEntity(em, c.meetingId);
        String before = target.minute;
        target.minute = c.newMinute;
        c.approvedAtMeetingId = at.id;
        c.appliedVersion = MeetingRecords.minutes(em, minuted.id).size() + 1;
        em.flush();
        audit.record("correct-minute", "agenda-item", target.id, Map.of("minute", FieldChange.of(before, target.minute),
                "reason", FieldChange.of(null, c.reason), "approvedAt", FieldChange.of(null, at.id)));
        MinutesVersion applied = approve(em, audit, minuted, "Correction of item " + target.number + " approved at the meeting of "
                + at.startsAt.format(DAY) + " (item " + approval.number + "): " + c.reason);
        c.appliedVersion = applied.number();
    }

    /** Renders and keeps both editions as a new locked version. */
    private MinutesVersion approve(EntityManager em, AuditLog audit, MeetingEntity m, String reason) {
        Meeting meeting = records.meeting(em, m);
        Instant now = clock.now();
        MinutesEntity v = new MinutesEntity();
        v.meetingId = m.id;
        v.number = (int) store.nextNumber(em, "board.minutes-version." + m.id, x -> MeetingRecords.minutes(x, m.id).size());
        v.createdAt = now;
        v.reason = reason;
        List<MinutesDocument.Correction> corrections = corrections(em, m.id);
        // both editions are signed for the chair with the company's key: a corrected version gets its own signature
        SignatureRequest signature = new SignatureRequest(chair(em), v.number == 1 ? "Approved as a correct record"
                : "Version " + v.number + " (corrected), approved as a correct record", null, now);
        v.confidentialPdf = signer.sign(renderer.render(MinutesDocument.build(meeting, MinutesEdition.CONFIDENTIAL, false, now,
                corrections)), signature);
        v.confidentialSha256 = Check.sha256(v.confidentialPdf);
        v.publicPdf = signer.sign(renderer.render(MinutesDocument.build(meeting, MinutesEdition.PUBLIC, false, now, corrections)),
                signature);
        v.publicSha256 = Check.sha256(v.publicPdf);
        em.persist(v);
        String before = m.status;
        m.status = MeetingStatus.MINUTES_APPROVED.name();
        em.flush();
        audit.record("approve-minutes", "meeting", m.id, Map.of("minutesVersion", FieldChange.of(null, v.number),
                "confidentialSha256", FieldChange.of(null, v.confidentialSha256),
                "publicSha256", FieldChange.of(null, v.publicSha256), "status", FieldChange.of(before, m.status),
                "reason", FieldChange.of(null, reason), "signedFor", FieldChange.of(null, signature.onBehalfOf()),
                "signedBy", FieldChange.of(null, signer.signerName())));
        return new MinutesVersion(v.number, true, v.createdAt, v.reason, v.confidentialSha256, v.publicSha256);
    }

    /** "the chair, NAME" for the director whose office is chair today, or "the chair" when the register names none. */
    private String chair(EntityManager em) {
        LocalDate today = clock.today();
        return em.createQuery("select d from DirectorEntity d where d.role = :r", DirectorEntity.class)
                .setParameter("r", plv.board.api.DirectorRole.CHAIR.name()).getResultList().stream()
                .filter(d -> d.appointedOn != null && !d.appointedOn.isAfter(today) && (d.ceasedOn == null || d.ceasedOn.isAfter(today)))
                .map(d -> "the chair, " + d.name).findFirst().orElse("the chair");
    }

    @Override
    public List<MinutesSignature> minutesSignatures(Actor actor, long meetingId) {
        // approved public minutes are published: anyone may check their signatures; the confidential edition's only
        // for directors and the secretary, as the PDF itself
        boolean exempt = actor != null && actor.mayReadCompanyExempt();
        List<MinutesEntity> versions = store.read(em -> MeetingRecords.minutes(em, MeetingRecords.meetingEntity(em, meetingId).id));
        List<MinutesSignature> out = new java.util.ArrayList<>();
        for (MinutesEntity v : versions) {
            for (MinutesEdition e : List.of(MinutesEdition.PUBLIC, MinutesEdition.CONFIDENTIAL)) {
                if (e == MinutesEdition.CONFIDENTIAL && !exempt) {
                    continue;
                }
                byte[] pdf = store.read(em -> {
                    MinutesEntity x = em.find(MinutesEntity.class, v.id);
                    return e == MinutesEdition.CONFIDENTIAL ? x.confidentialPdf : x.publicPdf;
                });
                out.add(signature(v.number, e, pdf));
            }
        }
        return out;
    }

    private MinutesSignature signature(int number, MinutesEdition edition, byte[] pdf) {
        List<SignatureCheck> checks = signer.verify(pdf);
        if (checks.isEmpty()) {
            return new MinutesSignature(number, edition, false, null, null, null, false,
                    "Not signed: approved before minutes were signed.");
        }
        SignatureCheck c = checks.get(checks.size() - 1);
        return new MinutesSignature(number, edition, true, c.signedBy(), c.reason(), c.signedAt(), c.verifies(), c.problem());
    }

    private static List<MinutesDocument.Correction> corrections(EntityManager em, long meetingId) {
        return MeetingRecords.appliedCorrections(em, meetingId).stream().map(c -> {
            ItemEntity target = MeetingRecords.itemEntity(em, c.itemId);
            MeetingEntity at = MeetingRecords.meetingEntity(em, c.approvedAtMeetingId);
            ItemEntity approval = MeetingRecords.itemEntity(em, c.approvalItemId);
            return new MinutesDocument.Correction(target.number, target.exempt, c.oldMinute, c.newMinute, c.reason,
                    "the meeting of " + at.startsAt.format(DAY) + " (item " + approval.number + ")", c.appliedVersion);
        }).toList();
    }

    @Override
    public byte[] minutesPdf(Actor actor, long meetingId, MinutesEdition edition, int versionNumber) {
        MinutesEdition e = edition == null ? MinutesEdition.PUBLIC : edition;
        if (e == MinutesEdition.CONFIDENTIAL && (actor == null || !actor.mayReadCompanyExempt())) {
            throw new AccessDeniedException("The confidential minutes contain exempt information: only directors and"
                    + " the secretary may read them. Ask for the public version.");
        }
        return store.read(em -> {
            MeetingEntity m = MeetingRecords.meetingEntity(em, meetingId);
            MinutesEntity v = MeetingRecords.minutes(em, m.id).stream().filter(x -> x.number == versionNumber).findFirst()
                    .orElseThrow(() -> new NotFoundException("The minutes of this meeting have no approved version " + versionNumber + "."));
            return (e == MinutesEdition.CONFIDENTIAL ? v.confidentialPdf : v.publicPdf).clone();
        });
    }

    @Override
    public byte[] minutesPdf(Actor actor, long meetingId, MinutesEdition edition) {
        MinutesEdition e = edition == null ? MinutesEdition.PUBLIC : edition;
        if (e == MinutesEdition.CONFIDENTIAL && (actor == null || !actor.mayReadCompanyExempt())) {
            throw new AccessDeniedException("The confidential minutes contain exempt information: only directors and"
                    + " the secretary may read them. Ask for the public version.");
        }
        return store.read(em -> {
            MeetingEntity m = MeetingRecords.meetingEntity(em, meetingId);
            List<MinutesEntity> versions = MeetingRecords.minutes(em, m.id);
            if (!versions.isEmpty()) {
                MinutesEntity latest = versions.get(versions.size() - 1);
                return (e == MinutesEdition.CONFIDENTIAL ? latest.confidentialPdf : latest.publicPdf).clone();
            }
            if (actor == null) {
                throw new NotFoundException("The minutes of this meeting are not approved yet.");
            }
            return renderer.render(MinutesDocument.build(records.meeting(em, m), e, true, clock.now()));
        });
    }

    @Override
    public void pack(Actor actor, long meetingId, MinutesEdition edition, java.io.OutputStream out) {
        MinutesEdition e = edition == null ? MinutesEdition.PUBLIC : edition;
        if (e == MinutesEdition.CONFIDENTIAL && (actor == null || !actor.mayReadCompanyExempt())) {
            throw new AccessDeniedException("The confidential pack contains exempt information: only directors and"
                    + " the secretary may read it. Ask for the public version.");
        }
        Meeting m = store.read(em -> records.meeting(em, MeetingRecords.meetingEntity(em, meetingId)));
        if (actor == null && m.status().compareTo(MeetingStatus.AGENDA_PUBLISHED) < 0) {
            throw new NotFoundException("The agenda of this meeting is not published yet.");
        }
        assembler.assemble(PackContent.of(e == MinutesEdition.PUBLIC ? PublicView.of(m) : m, e, clock.now(),
                paperId -> () -> new java.io.ByteArrayInputStream(store.read(em -> paperEntity(em, paperId).content)),
                paperId -> new String(store.read(em -> paperEntity(em, paperId).content), java.nio.charset.StandardCharsets.UTF_8)), out);
    }

    @Override
    public String calendar(Actor actor) {
        List<Meeting> all = store.read(em -> em.createQuery("select m from MeetingEntity m", MeetingEntity.class)
                .getResultList().stream().map(m -> PublicView.of(records.meeting(em, m)))
                .sorted(Comparator.comparing(Meeting::startsAt)).toList());
        return MeetingCalendar.of(calendars, all, clock.now());
    }

    private AgendaItem item(EntityManager em, MeetingEntity m, long itemId) {
        return records.meeting(em, m).items().stream().filter(x -> x.id() == itemId).findFirst().orElseThrow();
    }

    /** The meeting, provided its minutes are not approved (approved minutes are locked). */
    private static MeetingEntity unlocked(EntityManager em, long meetingId) {
        MeetingEntity m = MeetingRecords.meetingEntity(em, meetingId);
        if (!MeetingRecords.minutes(em, m.id).isEmpty()) {
            throw new ValidationException("meeting", "The minutes of the meeting of " + m.startsAt.format(DAY)
                    + " are approved and locked; record a correction with its reason instead.");
        }
        return m;
    }
}
