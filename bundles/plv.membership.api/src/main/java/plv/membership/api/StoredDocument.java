package plv.membership.api;

import java.time.Instant;

/**
 * An uploaded document (signed agreement, notice...).
 *
 * @param id          its id
 * @param gssCode     the member it belongs to
 * @param fileName    the uploaded file's name
 * @param contentType e.g. {@code application/pdf}
 * @param sizeBytes   its size
 * @param sha256      hex SHA-256 of its content
 * @param uploadedBy  username
 * @param uploadedAt  when
 */
public record StoredDocument(long id, String gssCode, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, Instant uploadedAt) {
}
