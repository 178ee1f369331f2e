package plv.board.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import plv.board.api.ExportVerification;
import plv.board.api.MeetingStatus;
import plv.board.api.Meetings;
import plv.board.api.MinutesEdition;
import plv.board.api.RecordsExport;
import plv.board.api.RecordsRetention;
import plv.board.api.WrittenResolution;
import plv.board.api.WrittenResolutions;
import plv.platform.api.AccessDeniedException;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.FieldChange;
import plv.platform.spi.persistence.Store;
import plv.platform.api.time.PlvClock;
import plv.report.pdf.PdfRenderer;

/**
 * Exports a year's records (minutes as kept and signed, agenda packs, passed written resolutions) as a zip with a
 * manifest of SHA-256s, and checks an export against its manifest; the company secretary's, audited (the audit entry
 * of an export holds its manifest's SHA-256, so a check can show that the manifest itself is the one exported).
 */
@Component(service = RecordsRetention.class)
public final class RecordsRetentionService implements RecordsRetention {
    private final Store store;
    private final Meetings meetings;
    private final WrittenResolutions resolutions;
    private final PdfRenderer renderer;
    private final PlvClock clock;
    private final AuditTrail trail;

    @Activate
    public RecordsRetentionService(@Reference BoardUnit unit, @Reference Meetings meetings, @Reference WrittenResolutions resolutions,
            @Reference PdfRenderer renderer, @Reference PlvClock clock, @Reference AuditTrail trail) {
        this.trail = trail;
        this.store = unit.store;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.renderer = renderer;
        this.clock = clock;
    }

    private static void secretary(Actor actor, String what) {
        if (actor == null || !actor.is(Role.SECRETARY)) {
            throw new AccessDeniedException("Only the company secretary can " + what + ".");
        }
    }

    @Override
    public RecordsExport export(Actor actor, int year, OutputStream out) {
        secretary(actor, "export the board's records");
        if (year < 2000 || year > 9999) {
            throw new ValidationException("year", "Choose a year from 2000 to 9999, not " + year + ".");
        }
        Instant now = clock.now();
        ExportZip zip = new ExportZip(out);
        try {
            List<MeetingEntity> held = store.read(em -> em.createQuery("select m from MeetingEntity m where m.startsAt >= :from"
                    + " and m.startsAt < :to order by m.startsAt, m.id", MeetingEntity.class)
                    .setParameter("from", LocalDateTime.of(year, 1, 1, 0, 0)).setParameter("to", LocalDateTime.of(year + 1, 1, 1, 0, 0))
                    .getResultList());
            for (MeetingEntity m : held) {
                LocalDate day = m.startsAt.toLocalDate();
                String folder = day + "-meeting-" + m.id;
                List<long[]> versions = store.read(em -> MeetingRecords.minutes(em, m.id).stream()
                        .map(v -> new long[] { v.id, v.number }).toList());
                for (long[] v : versions) {
                    for (MinutesEdition e : List.of(MinutesEdition.PUBLIC, MinutesEdition.CONFIDENTIAL)) {
                        String edition = e.name().toLowerCase(Locale.ROOT);
                        Instant[] created = new Instant[1];
                        byte[] pdf = store.read(em -> {
                            MinutesEntity x = em.find(MinutesEntity.class, v[0]);
                            created[0] = x.createdAt;
                            return e == MinutesEdition.CONFIDENTIAL ? x.confidentialPdf : x.publicPdf;
                        });
                        zip.add("minutes/" + folder + "/v" + v[1] + "-" + edition + ".pdf", "minutes-" + edition,
                                "meeting " + m.id + " minutes version " + v[1], day, created[0], o -> o.write(pdf));
                    }
                }
                if (MeetingStatus.valueOf(m.status).compareTo(MeetingStatus.AGENDA_PUBLISHED) >= 0) {
                    for (MinutesEdition e : List.of(MinutesEdition.PUBLIC, MinutesEdition.CONFIDENTIAL)) {
                        String edition = e.name().toLowerCase(Locale.ROOT);
                        zip.add("packs/" + folder + "/pack-" + edition + ".pdf", "pack-" + edition, "meeting " + m.id + " agenda pack",
                                day, now, o -> meetings.pack(actor, m.id, e, o));
                    }
                }
            }
            for (WrittenResolution r : resolutions.resolutions(actor)) {
                if (r.status() == WrittenResolution.Status.PASSED && r.passedOn() != null && r.passedOn().getYear() == year) {
                    zip.add("resolutions/" + r.passedOn() + "-resolution-" + r.id() + ".pdf", "resolution",
                            "written resolution " + r.id(), r.passedOn(), now, o -> o.write(renderer.render(ResolutionRecord.document(r, now))));
                }
            }
            String manifest = zip.finish();
            RecordsExport export = new RecordsExport(year, zip.entries(), zip.bytes(), manifest);
            store.write(actor, (em, audit) -> {
                audit.record("export-records", "records-export", manifest, Map.of("year", FieldChange.of(null, year),
                        "entries", FieldChange.of(null, export.entries()), "bytes", FieldChange.of(null, export.bytes()),
                        "manifestSha256", FieldChange.of(null, manifest)));
                return null;
            });
            return export;
        } catch (IOException e) {
            throw new UncheckedIOException("The export of " + year + " could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public ExportVerification verify(Actor actor, InputStream zip) {
        secretary(actor, "check an export of the board's records");
        ExportVerification checked = ExportCheck.verify(zip);
        // the manifest itself: is it the one an export wrote? (s1138: a manifest changed along with a file is found too)
        ExportVerification result = checked.manifestSha256() == null ? checked : checked.withExported(
                trail.forRecord("records-export", checked.manifestSha256()).stream().filter(a -> a.action().equals("export-records"))
                        .findFirst().map(a -> (a.changes().containsKey("year") ? a.changes().get("year").after() + " " : "")
                                + "exported on " + a.recordedAt() + " by " + a.actor()).orElse(null));
        store.write(actor, (em, audit) -> {
            audit.record("verify-records-export", "records-export", result.manifestSha256() == null ? "no-manifest" : result.manifestSha256(),
                    Map.of("intact", FieldChange.of(null, result.intact()), "exported", FieldChange.of(null, result.exported()),
                            "ok", FieldChange.of(null, result.count(ExportVerification.Status.OK)),
                            "changed", FieldChange.of(null, result.count(ExportVerification.Status.CHANGED)),
                            "missing", FieldChange.of(null, result.count(ExportVerification.Status.MISSING)),
                            "extra", FieldChange.of(null, result.count(ExportVerification.Status.EXTRA))));
            return null;
        });
        return result;
    }
}
