package plv.board.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The quorum rules of the articles, by kind of meeting (PID {@code plv.board.meetings}). The defaults are the law's
 * and the model articles' where the articles say nothing: two qualifying persons at a general meeting (Companies Act
 * 2006 s318(2)); two directors at a board meeting (Model Articles for private companies limited by guarantee, art 11(2)).
 */
@ObjectClassDefinition(name = "PLV board: meetings", description = "Quorum of board and general meetings, as the articles set it, and when their papers are sent.")
@interface QuorumConfig {

    @AttributeDefinition(name = "Board quorum", description = "A number of directors in office (e.g. 2) or a percentage of the directors in office (e.g. 50%).")
    String board_quorum() default "2";

    @AttributeDefinition(name = "General meeting quorum", description = "A number of members present by their corporate representatives (s318 default: 2) or a percentage of the members on the register of members that day.")
    String general_quorum() default "2";

    @AttributeDefinition(name = "Clear days for sending papers", description = "The agenda and papers are sent at least this many clear days before the meeting (not counting the day they are sent or the day of the meeting). Default 5, as for a principal council's agenda (Local Government Act 1972 s100B(3)).")
    int dispatch_clearDays() default 5;
}
