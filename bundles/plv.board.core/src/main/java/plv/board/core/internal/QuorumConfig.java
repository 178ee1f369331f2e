package plv.board.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The quorum rules of the articles, by kind of meeting (PID {@code plv.board.meetings}). */
@ObjectClassDefinition(name = "PLV board: quorum", description = "Quorum of board and general meetings.")
@interface QuorumConfig {

    @AttributeDefinition(name = "Board quorum", description = "A number of directors (e.g. 3) or a percentage of the directors in office (e.g. 50%).")
    String board_quorum() default "3";

    @AttributeDefinition(name = "General meeting quorum", description = "A number of member representatives or a percentage of the members listed for the meeting.")
    String general_quorum() default "50%";
}
