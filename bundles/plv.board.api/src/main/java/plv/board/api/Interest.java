package plv.board.api;

/**
 * A declaration of interest on an item.
 *
 * @param personName who declared it
 * @param nature     the interest (e.g. "Pecuniary: employer bids for the contract")
 * @param leftRoom   whether they left the room for the item (then they neither count for quorum nor vote)
 */
public record Interest(String personName, String nature, boolean leftRoom) {
}
