package plv.decisions.api;

import java.time.LocalDate;

/**
 * One council's line on the secretary's dashboard.
 *
 * @param authority                 the council
 * @param standing                  the colour-coded overall state
 * @param decisionId                its joining decision's id, or null
 * @param decisionReference         its reference, or null
 * @param decisionMaker             who decided, or null
 * @param decisionDate              when, or null
 * @param decidedToJoin             whether it decided to join
 * @param delegatedFinalDetermination whether the final determination was delegated to an officer
 * @param awaitingReview            officer decision records awaiting review
 * @param queried                   records with an open query
 * @param confirmed                 records confirmed within delegation
 * @param outsideDelegation         records found outside delegation
 * @param overdue                   overdue reviews plus forward plan decisions past their due date
 */
public record CouncilStanding(LondonAuthority authority, Standing standing, Long decisionId, String decisionReference,
        DecisionMaker decisionMaker, LocalDate decisionDate, boolean decidedToJoin, boolean delegatedFinalDetermination,
        int awaitingReview, int queried, int confirmed, int outsideDelegation, int overdue) {

    /** The colour-coded state of a council, worst first. */
    public enum Standing {
        ATTENTION("Needs attention: queried, outside delegation or overdue"),
        REVIEW_PENDING("Decided; officer decisions awaiting review"),
        CONFIRMED("Decided; all officer decisions confirmed"),
        DECIDED("Decided; no officer decisions yet"),
        FORWARD_PLAN("On the forward plan"),
        NOT_JOINING("Decided not to join"),
        NO_RECORD("No decision recorded");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
