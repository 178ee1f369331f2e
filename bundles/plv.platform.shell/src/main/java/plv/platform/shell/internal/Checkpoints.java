package plv.platform.shell.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plv.platform.api.audit.AuditCheckpoint;

/** A checkpoint as the same JSON that {@code GET /api/audit/checkpoint} answers, so either can be verified by the other. */
final class Checkpoints {

    private Checkpoints() {
    }

    static String json(AuditCheckpoint c) {
        return "{\"entries\":" + c.entries() + ",\"headHash\":\"" + c.headHash() + "\",\"at\":\"" + c.at() + "\",\"keyId\":\""
                + c.keyId() + "\",\"signature\":\"" + c.signature() + "\"}";
    }

    static AuditCheckpoint parse(String json) {
        try {
            return new AuditCheckpoint(Long.parseLong(field(json, "entries", "[0-9]+")), field(json, "headHash", "\"([0-9a-f]{64})\""),
                    Instant.parse(field(json, "at", "\"([^\"]+)\"")), field(json, "keyId", "\"([A-Za-z0-9_-]+)\""),
                    field(json, "signature", "\"([0-9a-f]{64})\""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The checkpoint's \"at\" is not an ISO-8601 instant: " + e.getParsedString());
        }
    }

    private static String field(String json, String name, String value) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(" + value + ")").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("Not a checkpoint (no \"" + name + "\"): give the file plv:auditCheckpoint saved"
                    + " or the JSON of GET /api/audit/checkpoint");
        }
        return m.groupCount() >= 2 && m.group(2) != null ? m.group(2) : m.group(1);
    }
}
