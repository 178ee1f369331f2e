package plv.membership.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** Documents kept with a member's record. */
@ProviderType
public interface MemberDocuments {

    /**
     * Stores a document with its SHA-256 and size. Refuses (ValidationException on field {@code file}) a type other than
     * PDF, Word document or plain text, an empty file, or one over the configured size limit.
     */
    StoredDocument upload(Actor actor, String gssCode, String fileName, String contentType, byte[] content);

    List<StoredDocument> documents(Actor actor, String gssCode);

    StoredDocument document(Actor actor, long id);

    byte[] content(Actor actor, long id);
}
