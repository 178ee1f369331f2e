package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_MINUTES (private to this bundle). */
@Entity
@Table(name = "BRD_MINUTES")
class MinutesEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "VERSION_NO") int number;
    @Column(name = "CREATED_AT") Instant createdAt;
    String reason;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONFIDENTIAL_PDF") byte[] confidentialPdf;
    @Column(name = "CONFIDENTIAL_SHA256") String confidentialSha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "PUBLIC_PDF") byte[] publicPdf;
    @Column(name = "PUBLIC_SHA256") String publicSha256;
}
