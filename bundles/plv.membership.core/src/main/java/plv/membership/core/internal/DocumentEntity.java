package plv.membership.core.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** An uploaded document with its hash (MEM_DOCUMENT). */
@Entity
@Table(name = "MEM_DOCUMENT")
public class DocumentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "MEMBER_ID")
    Long memberId;
    @Column(name = "FILE_NAME")
    String fileName;
    @Column(name = "CONTENT_TYPE")
    String contentType;
    @Column(name = "SIZE_BYTES")
    long sizeBytes;
    @Column(name = "SHA256")
    String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    byte[] content;
    @Column(name = "UPLOADED_BY")
    String uploadedBy;
    @Column(name = "UPLOADED_AT")
    Instant uploadedAt;
}
