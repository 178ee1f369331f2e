package plv.membership.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import plv.membership.api.MemberDocuments;
import plv.membership.api.StoredDocument;
import plv.platform.api.Actor;
import plv.platform.api.NotFoundException;
import plv.platform.api.ValidationException;
import plv.platform.api.audit.FieldChange;

/** Signed agreements and notices kept with a member's record, with their SHA-256 and size. */
@Component(service = MemberDocuments.class, configurationPid = "plv.membership.documents")
@Designate(ocd = MemberDocumentsService.Config.class)
public class MemberDocumentsService implements MemberDocuments {

    @ObjectClassDefinition(name = "PLV membership documents", description = "Limits on uploaded member documents.")
    public @interface Config {
        @AttributeDefinition(name = "Largest file (MB)", description = "Uploads larger than this are refused.")
        int maxSizeMb() default 20;
    }

    static final Map<String, String> TYPES = Map.of(
            "application/pdf", ".pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "text/plain", ".txt");
    static final Set<String> EXTENSIONS = Set.of(".pdf", ".docx", ".txt");

    private final MembershipStore data;
    private final long maxBytes;

    @Activate
    public MemberDocumentsService(@Reference MembershipStore data, Config config) {
        this(data, config.maxSizeMb() * 1024L * 1024L);
    }

    MemberDocumentsService(MembershipStore data, long maxBytes) {
        this.data = data;
        this.maxBytes = maxBytes;
    }

    @Override
    public StoredDocument upload(Actor actor, String gssCode, String fileName, String contentType, byte[] content) {
        Access.requireSecretary(actor, "upload a member document");
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").trim();
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT) : "";
        if (name.isEmpty() || !TYPES.containsKey(type) || !TYPES.get(type).equals(ext)) {
            throw new ValidationException("file", "'" + name + "' (" + (type.isEmpty() ? "unknown type" : type)
                    + ") is not accepted: upload a PDF (.pdf), Word document (.docx) or text file (.txt).");
        }
        if (content == null || content.length == 0) {
            throw new ValidationException("file", "'" + name + "' is empty; choose the file again.");
        }
        if (content.length > maxBytes) {
            throw new ValidationException("file", "'" + name + "' is " + content.length + " bytes; the limit is "
                    + maxBytes + " bytes (" + (maxBytes / 1024 / 1024) + " MB). Upload a smaller copy.");
        }
        if (type.equals("application/pdf") && !startsWith(content, "%PDF-")) {
            throw new ValidationException("file", "'" + name + "' does not look like a PDF; upload the PDF itself.");
        }
        String sha = sha256(content);
        return data.store().write(actor, (em, audit) -> {
            MemberEntity m = Registry.member(em, gssCode);
            DocumentEntity d = new DocumentEntity();
            d.memberId = m.id;
            d.fileName = name;
            d.contentType = type;
            d.sizeBytes = content.length;
            d.sha256 = sha;
            d.content = content.clone();
            d.uploadedBy = actor.username();
            d.uploadedAt = data.now();
            em.persist(d);
            em.flush();
            audit.record("upload", "member-document", d.id, Map.of("member", FieldChange.of(null, m.gssCode),
                    "fileName", FieldChange.of(null, name), "sizeBytes", FieldChange.of(null, content.length),
                    "sha256", FieldChange.of(null, sha)));
            return toRecord(d, m.gssCode);
        });
    }

    @Override
    public List<StoredDocument> documents(Actor actor, String gssCode) {
        requireDocuments(actor, gssCode);
        return data.store().read(em -> {
            MemberEntity m = Registry.member(em, gssCode);
            return em.createQuery("select d from DocumentEntity d where d.memberId = :m order by d.id", DocumentEntity.class)
                    .setParameter("m", m.id).getResultList().stream().map(d -> toRecord(d, m.gssCode)).toList();
        });
    }

    @Override
    public StoredDocument document(Actor actor, long id) {
        return data.store().read(em -> {
            DocumentEntity d = find(em, id);
            String gss = em.find(MemberEntity.class, d.memberId).gssCode;
            requireDocuments(actor, gss);
            return toRecord(d, gss);
        });
    }

    @Override
    public byte[] content(Actor actor, long id) {
        return data.store().read(em -> {
            DocumentEntity d = find(em, id);
            requireDocuments(actor, em.find(MemberEntity.class, d.memberId).gssCode);
            return d.content.clone();
        });
    }

    /** Signed agreements and notices: the secretary, directors and the council's own monitoring officer. */
    private static void requireDocuments(Actor actor, String gssCode) {
        if (!Access.maySeeContacts(actor, gssCode)) {
            throw new plv.platform.api.AccessDeniedException(
                    "Member documents are for the company secretary, directors and the council's own monitoring officer.");
        }
    }

    private static DocumentEntity find(jakarta.persistence.EntityManager em, long id) {
        DocumentEntity d = em.find(DocumentEntity.class, id);
        if (d == null) {
            throw new NotFoundException("There is no member document " + id + ".");
        }
        return d;
    }

    private static StoredDocument toRecord(DocumentEntity d, String gss) {
        return new StoredDocument(d.id, gss, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt);
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] m = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (content.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (content[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
