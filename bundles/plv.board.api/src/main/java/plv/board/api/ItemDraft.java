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
 * @param presenter       who presents the item (e.g. "Finance Director"), or null
 * @param decisionSought  what the meeting is asked to do (e.g. "To approve the budget for 2027/28"), or null
 */
public record ItemDraft(String title, boolean exempt, Integer exemptParagraph, String exemptReason, String publicTitle,
        String minute, String presenter, String decisionSought) {

    /** An item without presenter or decision sought. */
    public ItemDraft(String title, boolean exempt, Integer exemptParagraph, String exemptReason, String publicTitle,
            String minute) {
        this(title, exempt, exemptParagraph, exemptReason, publicTitle, minute, null, null);
    }

    /** A Part 1 (public) item. */
    public static ItemDraft open(String title, String minute) {
        return new ItemDraft(title, false, null, null, null, minute);
    }

    /** A Part 2 (exempt) item. */
    public static ItemDraft exempt(String title, int paragraph, String reason, String publicTitle, String minute) {
        return new ItemDraft(title, true, paragraph, reason, publicTitle, minute);
    }

    /** This draft with its presenter and the decision sought. */
    public ItemDraft presentedBy(String presenter, String decisionSought) {
        return new ItemDraft(title, exempt, exemptParagraph, exemptReason, publicTitle, minute, presenter, decisionSought);
    }
}
