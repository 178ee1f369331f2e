package plv.board.api;

import java.time.LocalDate;

/**
 * What the company keeps of a director but does not show: the full date of birth (the registers others see give only
 * month and year) and the usual residential address, in the register of directors' residential addresses kept apart
 * from the register of directors (Companies Act 2006 s165). Only the company secretary reads them.
 *
 * @param directorId         the director's register id
 * @param dateOfBirth        full date of birth, or null when not recorded (entries made before it was kept)
 * @param residentialAddress usual residential address, or null when not recorded
 */
public record DirectorPrivateParticulars(long directorId, LocalDate dateOfBirth, String residentialAddress) {
}
