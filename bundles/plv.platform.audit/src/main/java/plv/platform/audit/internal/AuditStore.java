package plv.platform.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.audit.FieldChange;

/** The chain in plain JDBC, independent of OSGi so it is unit-tested against real databases. */
final class AuditStore {

    private static final String COLUMNS = "ID, RECORDED_AT, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, CHANGES, PREVIOUS_HASH, HASH";
    private static final TypeReference<TreeMap<String, FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    AuditStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Appends inside the caller's transaction; locking the head row orders concurrent appends. */
    AuditRecord append(Connection c, AuditEvent e) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE AUD_HEAD SET LAST_ID = LAST_ID WHERE ID = 1")) {
            lock.executeUpdate();
        }
        long lastId;
        String lastHash;
        try (PreparedStatement head = c.prepareStatement("SELECT LAST_ID, LAST_HASH FROM AUD_HEAD WHERE ID = 1");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            lastId = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        long id = lastId + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String changes = toJson(e.changes());
        String hash = ChainHash.of(id, at, e.actor(), e.action(), e.recordType(), e.recordId(), changes, lastHash);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO AUD_ENTRY (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, e.actor());
            insert.setString(4, e.action());
            insert.setString(5, e.recordType());
            insert.setString(6, e.recordId());
            insert.setString(7, changes);
            insert.setString(8, lastHash);
            insert.setString(9, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE AUD_HEAD SET LAST_ID = ?, LAST_HASH = ? WHERE ID = 1")) {
            move.setLong(1, id);
            move.setString(2, hash);
            move.executeUpdate();
        }
        return new AuditRecord(id, at, e.actor(), e.action(), e.recordType(), e.recordId(), e.changes(), lastHash, hash);
    }

    AuditRecord appendAlone(AuditEvent e) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                AuditRecord r = append(c, e);
                c.commit();
                return r;
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    /** Recomputes every hash in id order; also checks that the head still points at the last entry (no tail cut off). */
    AuditVerification verify() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM AUD_ENTRY ORDER BY ID");
                ResultSet rs = p.executeQuery()) {
            String previous = ChainHash.GENESIS;
            long expectedId = 1;
            long count = 0;
            while (rs.next()) {
                AuditRecord r = read(rs);
                count++;
                String recomputed = ChainHash.of(r.id(), r.recordedAt(), r.actor(), r.action(), r.recordType(), r.recordId(),
                        rs.getString("CHANGES"), previous);
                if (r.id() != expectedId || !r.previousHash().equals(previous) || !recomputed.equals(r.hash())) {
                    return new AuditVerification(false, count, r.id());
                }
                previous = r.hash();
                expectedId++;
            }
            try (PreparedStatement h = c.prepareStatement("SELECT LAST_ID, LAST_HASH FROM AUD_HEAD WHERE ID = 1");
                    ResultSet head = h.executeQuery()) {
                head.next();
                if (head.getLong(1) != expectedId - 1 || !head.getString(2).equals(previous)) {
                    return new AuditVerification(false, count, expectedId);
                }
            }
            return new AuditVerification(true, count, null);
        }
    }

    List<AuditRecord> recent(int limit) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM AUD_ENTRY ORDER BY ID DESC", limit);
    }

    List<AuditRecord> forRecord(String type, String id) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM AUD_ENTRY WHERE RECORD_TYPE = ? AND RECORD_ID = ? ORDER BY ID", Integer.MAX_VALUE, type, id);
    }

    private List<AuditRecord> query(String sql, int limit, String... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setMaxRows(limit);
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                List<AuditRecord> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(read(rs));
                }
                return out;
            }
        }
    }

    private AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("ID"), rs.getTimestamp("RECORDED_AT").toInstant(), rs.getString("ACTOR"),
                rs.getString("ACTION"), rs.getString("RECORD_TYPE"), rs.getString("RECORD_ID"), fromJson(rs.getString("CHANGES")),
                rs.getString("PREVIOUS_HASH"), rs.getString("HASH"));
    }

    private String toJson(Map<String, FieldChange> changes) {
        try {
            return json.writeValueAsString(new TreeMap<>(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit changes cannot be written as JSON", e);
        }
    }

    private Map<String, FieldChange> fromJson(String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            // A tampered row may no longer be JSON: show it as it is rather than failing the page.
            return Map.of("unreadable", new FieldChange(null, text));
        }
    }
}
