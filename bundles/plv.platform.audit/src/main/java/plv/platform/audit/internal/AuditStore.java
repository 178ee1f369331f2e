package plv.platform.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import plv.platform.api.audit.AuditCheckpoint;
import plv.platform.api.audit.AuditEvent;
import plv.platform.api.audit.AuditRecord;
import plv.platform.api.audit.AuditVerification;
import plv.platform.api.audit.FieldChange;

/** The chain in plain JDBC, independent of OSGi so it is unit-tested against real databases. */
final class AuditStore {

    private static final String COLUMNS = "ID, RECORDED_AT, AT_UTC, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, CHANGES, PREVIOUS_HASH, HASH, SCHEME, KEY_ID";
    private static final TypeReference<TreeMap<String, FieldChange>> CHANGES = new TypeReference<>() {
    };
    private static final int FETCH = 5_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final AuditKeys keys;
    /** Jackson is loaded with the first entry written or read, not when the audit trail starts. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    AuditStore(DataSource dataSource, Clock clock, AuditKeys keys) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.keys = keys;
    }

    /** A calendar in UTC for the RECORDED_AT column, so that the JVM's time zone never changes what is stored or read. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
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
        String atUtc = ChainHash.canonical(at);
        String changes = toJson(e.changes());
        String keyId = keys.currentId();
        String hash = new ChainHash.Signer(keys.key(keyId)).entry(id, atUtc, e.actor(), e.action(), e.recordType(), e.recordId(),
                changes, lastHash, keyId);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO AUD_ENTRY (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at), utc());
            insert.setString(3, atUtc);
            insert.setString(4, e.actor());
            insert.setString(5, e.action());
            insert.setString(6, e.recordType());
            insert.setString(7, e.recordId());
            insert.setString(8, changes);
            insert.setString(9, lastHash);
            insert.setString(10, hash);
            insert.setString(11, ChainHash.KEYED);
            insert.setString(12, keyId);
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
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                AuditRecord r = append(c, e);
                c.commit();
                return r;
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** The outcome of one walk: the verification, and the head it walked up to. */
    record Walk(AuditVerification verification, long headId, String headHash) {
    }

    AuditVerification verify() throws SQLException {
        return walk(null).verification();
    }

    AuditVerification verify(AuditCheckpoint since) throws SQLException {
        return walk(since).verification();
    }

    /** Verifies, then signs the head it verified; refuses to vouch for a broken chain. */
    AuditCheckpoint checkpoint() throws SQLException {
        Walk w = walk(null);
        if (!w.verification().valid()) {
            throw new IllegalStateException("The audit chain does not verify (" + w.verification().reason()
                    + "); no checkpoint is signed for a broken chain.");
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String keyId = keys.currentId();
        String signature = new ChainHash.Signer(keys.key(keyId)).checkpoint(w.headId(), w.headHash(), ChainHash.canonical(at), keyId);
        return new AuditCheckpoint(w.headId(), w.headHash(), at, keyId, signature);
    }

    /**
     * Walks the chain as one consistent snapshot: the head is read first, then only the entries up to it. An entry and
     * the head move in the same transaction, so every entry up to a committed head is committed and never changes; entries
     * appended meanwhile lie beyond it and are left for the next walk. On PostgreSQL the walk is also one REPEATABLE READ
     * transaction. Rows are streamed (no more than {@value #FETCH} in memory).
     */
    Walk walk(AuditCheckpoint since) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            if (postgres) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            c.setAutoCommit(false);
            try {
                Walk w = walk(c, since);
                c.commit();
                return w;
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
                if (postgres) {
                    c.setTransactionIsolation(isolation);
                }
            }
        }
    }

    private Walk walk(Connection c, AuditCheckpoint since) throws SQLException {
        long headId;
        String headHash;
        try (PreparedStatement h = c.prepareStatement("SELECT LAST_ID, LAST_HASH FROM AUD_HEAD WHERE ID = 1");
                ResultSet head = h.executeQuery()) {
            head.next();
            headId = head.getLong(1);
            headHash = head.getString(2);
        }
        String checkpointProblem = since == null ? null : checkpointSignatureProblem(since);
        if (checkpointProblem != null) {
            return new Walk(new AuditVerification(false, 0, null, checkpointProblem), headId, headHash);
        }
        Map<String, ChainHash.Signer> signers = new HashMap<>();
        String previous = ChainHash.GENESIS;
        String atCheckpoint = since != null && since.entries() == 0 ? ChainHash.GENESIS : null;
        long expectedId = 1;
        long count = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT ID, AT_UTC, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, CHANGES,"
                + " PREVIOUS_HASH, HASH, SCHEME, KEY_ID FROM AUD_ENTRY WHERE ID <= ? ORDER BY ID")) {
            p.setFetchSize(FETCH);
            p.setLong(1, headId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    count++;
                    if (id != expectedId) {
                        return broken(count, expectedId, "entry " + expectedId + " is missing", headId, headHash);
                    }
                    String scheme = rs.getString(10);
                    String keyId = rs.getString(11);
                    if (!ChainHash.KEYED.equals(scheme)) {
                        return broken(count, id, "entry " + id + " has scheme '" + scheme + "', not " + ChainHash.KEYED, headId, headHash);
                    }
                    ChainHash.Signer signer = signers.get(keyId);
                    if (signer == null) {
                        byte[] key = keys.key(keyId);
                        if (key == null) {
                            return broken(count, id, "entry " + id + " names audit key '" + keyId + "', which is not in "
                                    + keys.folder() + " (copy the keys folder from the node that made it)", headId, headHash);
                        }
                        signer = new ChainHash.Signer(key);
                        signers.put(keyId, signer);
                    }
                    String stored = rs.getString(9);
                    String recomputed = signer.entry(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), previous, keyId);
                    if (!ChainHash.same(previous, rs.getString(8)) || !ChainHash.same(recomputed, stored)) {
                        return broken(count, id, "entry " + id + " does not match its code: it was changed after it was written",
                                headId, headHash);
                    }
                    if (since != null && id == since.entries()) {
                        atCheckpoint = stored;
                    }
                    previous = stored;
                    expectedId++;
                }
            }
        }
        if (count != headId || !ChainHash.same(previous, headHash)) {
            return broken(count, expectedId, "the chain ends at entry " + count + " but its head says " + headId
                    + ": entries were removed or the head was changed", headId, headHash);
        }
        if (since != null) {
            if (since.entries() > count) {
                return broken(count, count + 1, "the checkpoint of " + since.at() + " counted " + since.entries()
                        + " entries; the chain has only " + count + ": it was cut short", headId, headHash);
            }
            if (!ChainHash.same(atCheckpoint, since.headHash())) {
                return broken(count, since.entries(), "entry " + since.entries() + " is not the one the checkpoint of "
                        + since.at() + " signed: the chain was rewritten", headId, headHash);
            }
        }
        return new Walk(new AuditVerification(true, count, null, null), headId, headHash);
    }

    private static Walk broken(long count, long entry, String reason, long headId, String headHash) {
        return new Walk(new AuditVerification(false, count, entry, reason), headId, headHash);
    }

    private String checkpointSignatureProblem(AuditCheckpoint since) {
        byte[] key = keys.key(since.keyId());
        if (key == null) {
            return "the checkpoint names audit key '" + since.keyId() + "', which is not in " + keys.folder();
        }
        String expected = new ChainHash.Signer(key).checkpoint(since.entries(), since.headHash(), ChainHash.canonical(since.at()),
                since.keyId());
        return ChainHash.same(expected, since.signature()) ? null : "the checkpoint's signature is not genuine";
    }

    /** Whether the chain holds an entry of any scheme but the old one; stops at the first it finds. */
    private static boolean anyKeyedEntry(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT ID FROM AUD_ENTRY WHERE SCHEME <> ? FETCH FIRST 1 ROWS ONLY")) {
            p.setString(1, ChainHash.LEGACY);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Re-chains entries written before the keyed chain (scheme 'sha256'), once, under the head lock so that nodes starting
     * together do it once. Each old entry is first checked against its plain SHA-256 code (trying the time zones it may
     * have been written in, because the old code stored local time), then given a keyed code; an 'upgrade-chain' entry
     * records how many there were, the old head and whether the old chain was intact. Answers that entry, if any.
     * <p>
     * Old entries are re-chained only while no keyed entry exists, and keyed entries are never removed, so a chain
     * with one keyed entry needs nothing: that is asked first, without the lock, and a scan that stops at the first
     * keyed entry it meets (at every start after the first, the first row it reads). The full count runs only
     * before the upgrade.
     */
    Optional<AuditRecord> upgradeLegacy() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (anyKeyedEntry(c)) {
                return Optional.empty();
            }
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("UPDATE AUD_HEAD SET LAST_ID = LAST_ID WHERE ID = 1")) {
                    lock.executeUpdate();
                }
                long legacy;
                long firstKeyed;
                try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM AUD_ENTRY WHERE SCHEME = ?")) {
                    p.setString(1, ChainHash.LEGACY);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        legacy = rs.getLong(1);
                    }
                }
                if (legacy == 0) {
                    c.rollback();
                    return Optional.empty();
                }
                try (PreparedStatement p = c.prepareStatement("SELECT MIN(ID) FROM AUD_ENTRY WHERE SCHEME <> ?")) {
                    p.setString(1, ChainHash.LEGACY);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        firstKeyed = rs.getLong(1);
                        if (rs.wasNull()) {
                            firstKeyed = Long.MAX_VALUE;
                        }
                    }
                }
                if (firstKeyed != Long.MAX_VALUE) {
                    // Old entries after keyed ones (a node of the previous release kept writing): not re-chained; verify names the break.
                    c.rollback();
                    return Optional.empty();
                }
                AuditRecord event = rechain(c);
                c.commit();
                return Optional.ofNullable(event);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private AuditRecord rechain(Connection c) throws SQLException {
        String keyId = keys.currentId();
        ChainHash.Signer signer = new ChainHash.Signer(keys.key(keyId));
        String legacyPrevious = ChainHash.GENESIS;
        String keyedPrevious = ChainHash.GENESIS;
        Long firstBroken = null;
        long expectedId = 1;
        long done = 0;
        long from = 0;
        while (true) {
            List<Object[]> updates = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT ID, RECORDED_AT, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, CHANGES,"
                    + " PREVIOUS_HASH, HASH, SCHEME FROM AUD_ENTRY WHERE ID > ? ORDER BY ID")) {
                p.setMaxRows(FETCH);
                p.setFetchSize(FETCH);
                p.setLong(1, from);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (!ChainHash.LEGACY.equals(rs.getString(10))) {
                            break;
                        }
                        LocalDateTime local = rs.getTimestamp(2).toLocalDateTime();
                        String actor = rs.getString(3);
                        String action = rs.getString(4);
                        String type = rs.getString(5);
                        String recordId = rs.getString(6);
                        String changes = rs.getString(7);
                        String storedPrevious = rs.getString(8);
                        String stored = rs.getString(9);
                        Instant at = null;
                        for (Instant candidate : candidates(local)) {
                            if (ChainHash.legacy(id, candidate, actor, action, type, recordId, changes, storedPrevious).equals(stored)) {
                                at = candidate;
                                break;
                            }
                        }
                        if (firstBroken == null && (at == null || id != expectedId || !storedPrevious.equals(legacyPrevious))) {
                            firstBroken = id;
                        }
                        if (at == null) {
                            at = candidates(local).iterator().next();
                        }
                        String atUtc = ChainHash.canonical(at.truncatedTo(ChronoUnit.MILLIS));
                        String hash = signer.entry(id, atUtc, actor, action, type, recordId, changes, keyedPrevious, keyId);
                        updates.add(new Object[] {at, atUtc, keyedPrevious, hash, id});
                        legacyPrevious = stored;
                        keyedPrevious = hash;
                        expectedId = id + 1;
                        from = id;
                    }
                }
            }
            if (updates.isEmpty()) {
                break;
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE AUD_ENTRY SET RECORDED_AT = ?, AT_UTC = ?, PREVIOUS_HASH = ?,"
                    + " HASH = ?, SCHEME = ?, KEY_ID = ? WHERE ID = ?")) {
                for (Object[] row : updates) {
                    u.setTimestamp(1, Timestamp.from((Instant) row[0]), utc());
                    u.setString(2, (String) row[1]);
                    u.setString(3, (String) row[2]);
                    u.setString(4, (String) row[3]);
                    u.setString(5, ChainHash.KEYED);
                    u.setString(6, keyId);
                    u.setLong(7, (Long) row[4]);
                    u.addBatch();
                }
                u.executeBatch();
            }
            done += updates.size();
            if (updates.size() < FETCH) {
                break;
            }
        }
        String oldHead;
        long headId;
        try (PreparedStatement h = c.prepareStatement("SELECT LAST_ID, LAST_HASH FROM AUD_HEAD WHERE ID = 1"); ResultSet rs = h.executeQuery()) {
            rs.next();
            headId = rs.getLong(1);
            oldHead = rs.getString(2);
        }
        if (firstBroken == null && (headId != done || !oldHead.equals(legacyPrevious))) {
            firstBroken = done + 1;
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE AUD_HEAD SET LAST_ID = ?, LAST_HASH = ? WHERE ID = 1")) {
            move.setLong(1, done);
            move.setString(2, keyedPrevious);
            move.executeUpdate();
        }
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("scheme", new FieldChange(ChainHash.LEGACY, ChainHash.KEYED));
        changes.put("keyId", new FieldChange(null, keyId));
        changes.put("entries", new FieldChange(null, Long.toString(done)));
        changes.put("previousHead", new FieldChange(oldHead, keyedPrevious));
        changes.put("previousChainIntact", new FieldChange(null, Boolean.toString(firstBroken == null)));
        if (firstBroken != null) {
            changes.put("previousChainFirstBrokenEntry", new FieldChange(null, Long.toString(firstBroken)));
        }
        return append(c, new AuditEvent("system", "upgrade-chain", "audit-chain", "", changes));
    }

    /** The instants a local date-time written by the old code may stand for: this JVM's zone, Europe/London, UTC, both offsets in an overlap. */
    private static Set<Instant> candidates(LocalDateTime local) {
        Set<Instant> out = new LinkedHashSet<>();
        for (ZoneId zone : List.of(ZoneId.systemDefault(), ZoneId.of("Europe/London"), ZoneOffset.UTC)) {
            ZonedDateTime z = ZonedDateTime.ofLocal(local, zone, null);
            out.add(z.withEarlierOffsetAtOverlap().toInstant());
            out.add(z.withLaterOffsetAtOverlap().toInstant());
        }
        return out;
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
        String atUtc = rs.getString("AT_UTC");
        Instant at = atUtc != null ? Instant.parse(atUtc) : rs.getTimestamp("RECORDED_AT").toInstant();
        return new AuditRecord(rs.getLong("ID"), at, rs.getString("ACTOR"), rs.getString("ACTION"), rs.getString("RECORD_TYPE"),
                rs.getString("RECORD_ID"), fromJson(rs.getString("CHANGES")), rs.getString("PREVIOUS_HASH"), rs.getString("HASH"));
    }

    private String toJson(Map<String, FieldChange> changes) {
        try {
            return Json.MAPPER.writeValueAsString(new TreeMap<>(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit changes cannot be written as JSON", e);
        }
    }

    private Map<String, FieldChange> fromJson(String text) {
        try {
            return Json.MAPPER.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            // A tampered row may no longer be JSON: show it as it is rather than failing the page.
            return Map.of("unreadable", new FieldChange(null, text));
        }
    }
}
