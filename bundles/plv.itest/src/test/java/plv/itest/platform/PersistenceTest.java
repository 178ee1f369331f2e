package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.Actor;
import plv.platform.api.ConcurrentChangeException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditTrail;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.audit.FieldChange;
import plv.platform.api.persistence.Database;
import plv.platform.spi.persistence.PersistenceUnits;
import plv.platform.spi.persistence.Store;
import plv.platform.spi.persistence.UnitSpec;

/** A bundle's own persistence unit: migrations, writes with audit in one transaction, optimistic locking. */
@ExtendWith(ServiceExtension.class)
class PersistenceTest {

    @InjectService(timeout = 30_000)
    static PersistenceUnits units;
    @InjectService(timeout = 30_000)
    static AuditTrail audit;
    @InjectService(timeout = 30_000)
    static Database database;

    private static Store store;
    private static final Actor SECRETARY = new Actor("jo.secretary", "Jo", plv.platform.api.Role.SECRETARY, null);

    @BeforeAll
    static void open() {
        store = units.open(new UnitSpec(Itest.context().getBundle(), List.of(Note.class), "db/itest"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aWriteAndItsAuditEntryCommitTogether() {
        long id = store.write(SECRETARY, (em, log) -> {
            Note n = new Note();
            n.title = "Break notice received";
            em.persist(n);
            em.flush();
            log.record("create", "note", n.id, Map.of("title", FieldChange.of(null, n.title)));
            return n.id;
        });
        String title = store.read(em -> em.find(Note.class, id).title);
        assertThat(title).isEqualTo("Break notice received");
        List<AuditRecord> trail = audit.forRecord("note", Long.toString(id));
        assertThat(trail).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("jo.secretary");
            assertThat(r.changes()).containsEntry("title", new FieldChange(null, "Break notice received"));
        });
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void refusedInputChangesNothingAndLeavesNoAuditEntry() {
        long before = audit.verify().entries();
        assertThatThrownBy(() -> store.write(SECRETARY, (em, log) -> {
            Note n = new Note();
            n.title = "half written";
            em.persist(n);
            em.flush();
            log.record("create", "note", n.id);
            throw new ValidationException("body", "Body must not be empty; write what the note is about.");
        })).isInstanceOf(ValidationException.class);
        Long halfWritten = store.read(em -> em.createQuery("SELECT COUNT(n) FROM Note n WHERE n.title = 'half written'", Long.class)
                .getSingleResult());
        assertThat(halfWritten).isZero();
        assertThat(audit.verify().entries()).isEqualTo(before);
    }

    @Test
    void aStaleUpdateIsRefusedWithAMessage() {
        long id = store.write(SECRETARY, (em, log) -> {
            Note n = new Note();
            n.title = "v0";
            em.persist(n);
            em.flush();
            return n.id;
        });
        Note stale = store.read(em -> em.find(Note.class, id));
        store.write(SECRETARY, (em, log) -> {
            em.find(Note.class, id).title = "changed by someone else";
            return null;
        });
        assertThatThrownBy(() -> store.write(SECRETARY, (em, log) -> {
            stale.title = "my change";
            em.merge(stale);
            return null;
        })).isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("Someone else changed this note");
        String kept = store.read(em -> em.find(Note.class, id).title);
        assertThat(kept).isEqualTo("changed by someone else");
    }

    @Test
    void verificationFindsARowEditedInTheDatabase() throws Exception {
        AuditRecord target = audit.append(new plv.platform.api.audit.AuditEvent("jo.secretary", "update", "note", "42",
                Map.of("title", new FieldChange("a", "b"))));
        audit.append(new plv.platform.api.audit.AuditEvent("jo.secretary", "update", "note", "42", Map.of()));
        assertThat(audit.verify().valid()).isTrue();
        String original;
        try (Connection c = database.dataSource().getConnection()) {
            try (PreparedStatement read = c.prepareStatement("SELECT ACTOR FROM AUD_ENTRY WHERE ID = ?")) {
                read.setLong(1, target.id());
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    original = rs.getString(1);
                }
            }
            setActor(c, target.id(), "mallory");
            AuditVerification broken = audit.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenEntry()).isEqualTo(target.id());
            setActor(c, target.id(), original);
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    private static void setActor(Connection c, long id, String actor) throws Exception {
        try (PreparedStatement p = c.prepareStatement("UPDATE AUD_ENTRY SET ACTOR = ? WHERE ID = ?")) {
            p.setString(1, actor);
            p.setLong(2, id);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
    }
}
