package plv.board.api;

/**
 * A paper for an agenda item, stored with its SHA-256: an uploaded PDF or a text written in the suite. A paper is
 * versioned: a revision is a new version of the same paper (same {@code paperId}); every version stays readable. A
 * paper has its own confidentiality: a paper of a Part 2 item is always exempt, and a Part 1 item may carry an exempt
 * paper (e.g. a confidential appendix) with its own Schedule 12A paragraph.
 *
 * @param id              id of this version
 * @param title           title
 * @param fileName        original file name ("title.txt" for a written paper)
 * @param mediaType       application/pdf for uploads, text/plain for written papers
 * @param sha256          hex SHA-256 of the content
 * @param size            bytes
 * @param paperId         id of the paper's first version: the same for all its versions
 * @param version         1, 2, ...
 * @param exempt          true when the paper contains exempt information (only in the confidential pack)
 * @param exemptParagraph the Schedule 12A paragraph of an exempt paper, else null
 * @param written         true for a text written in the suite, false for an uploaded PDF
 */
public record Paper(long id, String title, String fileName, String mediaType, String sha256, long size, long paperId,
        int version, boolean exempt, Integer exemptParagraph, boolean written) {

    /** The largest paper accepted, in bytes (the board's upload page declares the same limit to the security filter). */
    public static final long MAX_BYTES = 25_000_000L;

    /** A first version, not exempt in its own right, of unknown kind. */
    public Paper(long id, String title, String fileName, String mediaType, String sha256, long size) {
        this(id, title, fileName, mediaType, sha256, size, id, 1, false, null, false);
    }

    /** True for an uploaded PDF. */
    public boolean pdf() {
        return "application/pdf".equals(mediaType);
    }
}
