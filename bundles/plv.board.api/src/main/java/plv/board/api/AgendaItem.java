package plv.board.api;

import java.util.List;

/**
 * An agenda item with its minute. For readers who may not see exempt material, a Part 2 item carries only its
 * number, its title approved for publication and its Schedule 12A paragraph: text, papers, interests and the
 * decision are left out.
 *
 * @param id                       item id
 * @param number                   position on the agenda, from 1
 * @param title                    the title
 * @param publicTitle              for a Part 2 item, the wording approved for publication; else the title
 * @param exempt                   true for Part 2 (exempt) business
 * @param exemptParagraph          Schedule 12A paragraph 1–7 for Part 2 business, else null
 * @param exemptReason             why the information is exempt, or null
 * @param minute                   the minute's narrative, or null
 * @param approvesMinutesOfMeeting for "Minutes of the previous meeting", that meeting's id; else null
 * @param papers                   papers attached
 * @param interests                declarations of interest
 * @param decision                 the decision, or null
 * @param quorate                  whether the meeting was quorate for this item (from attendance and interests)
 * @param approvesCorrection       for "Correction to the minutes of ...", the proposed correction's id; else null
 * @param presenter                who presents the item, or null
 * @param decisionSought           what the meeting is asked to do (e.g. "To approve the budget"), or null
 */
public record AgendaItem(long id, int number, String title, String publicTitle, boolean exempt, Integer exemptParagraph,
        String exemptReason, String minute, Long approvesMinutesOfMeeting, List<Paper> papers, List<Interest> interests,
        Decision decision, boolean quorate, Long approvesCorrection, String presenter, String decisionSought) {

    /** An item with no presenter or decision sought stated. */
    public AgendaItem(long id, int number, String title, String publicTitle, boolean exempt, Integer exemptParagraph,
            String exemptReason, String minute, Long approvesMinutesOfMeeting, List<Paper> papers, List<Interest> interests,
            Decision decision, boolean quorate, Long approvesCorrection) {
        this(id, number, title, publicTitle, exempt, exemptParagraph, exemptReason, minute, approvesMinutesOfMeeting, papers,
                interests, decision, quorate, approvesCorrection, null, null);
    }

    /** An item that approves no correction. */
    public AgendaItem(long id, int number, String title, String publicTitle, boolean exempt, Integer exemptParagraph,
            String exemptReason, String minute, Long approvesMinutesOfMeeting, List<Paper> papers, List<Interest> interests,
            Decision decision, boolean quorate) {
        this(id, number, title, publicTitle, exempt, exemptParagraph, exemptReason, minute, approvesMinutesOfMeeting, papers,
                interests, decision, quorate, null, null, null);
    }

    public AgendaItem {
        papers = papers == null ? List.of() : List.copyOf(papers);
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    /** The title anyone may see. */
    public String titleForPublic() {
        return exempt ? publicTitle : title;
    }

    /** "Part 1" or "Part 2": the part of the agenda the item is in. */
    public String part() {
        return exempt ? "Part 2" : "Part 1";
    }

    /** "Exempt information: Schedule 12A paragraph 3" for Part 2 items. */
    public String exemptionNotice() {
        return exempt ? "Exempt information: Schedule 12A paragraph " + exemptParagraph : null;
    }
}
