package plv.board.api;

/**
 * A paper attached to an agenda item, stored with its SHA-256.
 *
 * @param id        paper id
 * @param title     title
 * @param fileName  original file name
 * @param mediaType e.g. application/pdf
 * @param sha256    hex SHA-256 of the content
 * @param size      bytes
 */
public record Paper(long id, String title, String fileName, String mediaType, String sha256, long size) {
}
