package plv.board.api;

/**
 * In what capacity a person attends. Only qualifying persons count for quorum: at a board meeting directors in office on
 * the day (by their register entry); at a general meeting members on the register of members that day, present by
 * their corporate representative (s318, s323), each member once.
 */
public enum Capacity {
    DIRECTOR, MEMBER_REPRESENTATIVE, OFFICER, OBSERVER
}
