package plv.board.api;

/**
 * An agenda item as entered.
 *
 * @param title           title (required)
 * @param exempt          true for Part 2 business
 * @param exemptParagraph Schedule 12A paragraph 1–7 (required for Part 2)
 * @param exemptReason    why it is exempt (required for Part 2)
 * @param publicTitle     title wording approved for publication (required for Part 2)
 * @param minute          the minute's narrative, or null
 */
public record ItemDraft(String title, boolean exempt, Integer exemptParagraph, String exemptReason, String publicTitle,
        String minute) {

    /** A Part 1 (public) item. */
    public static ItemDraft open(String title, String minute) {
        return new ItemDraft(title, false, null, null, null, minute);
    }

    /** A Part 2 (exempt) item. */
    public static ItemDraft exempt(String title, int paragraph, String reason, String publicTitle, String minute) {
        return new ItemDraft(title, true, paragraph, reason, publicTitle, minute);
    }
}
