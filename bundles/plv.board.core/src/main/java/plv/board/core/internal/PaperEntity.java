package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_PAPER (private to this bundle). */
@Entity
@Table(name = "BRD_PAPER")
class PaperEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "ITEM_ID") long itemId;
    String title;
    @Column(name = "FILE_NAME") String fileName;
    @Column(name = "MEDIA_TYPE") String mediaType;
    String sha256;
    @Column(name = "SIZE_BYTES") long size;
    @Column(name = "PAPER_ID") Long paperId;
    @Column(name = "VERSION_NO") int versionNumber;
    boolean exempt;
    @Column(name = "EXEMPT_PARAGRAPH") Integer exemptParagraph;
    boolean written;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    byte[] content;
}
