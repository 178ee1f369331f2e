/**
 * The board of the PLV: the register of directors (Companies Act 2006 s162–163) with Companies House notification
 * reminders, board and general meetings with public (Part 1) and exempt (Part 2, LGA 1972 Schedule 12A) business,
 * attendance and quorum, declarations of interest, decisions and actions, minutes kept as signed PDF/A (confidential and
 * public versions), and written resolutions of members (s288–300).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package plv.board.api;
