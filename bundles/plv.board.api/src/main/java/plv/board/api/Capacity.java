package plv.board.api;

/** In what capacity a person attends: only directors (board) and member representatives (general meeting) count for quorum. */
public enum Capacity {
    DIRECTOR, MEMBER_REPRESENTATIVE, OFFICER, OBSERVER
}
