package plv.commissioning.api;

import java.time.LocalDate;

/**
 * A further action planned to bring a risk down to its target.
 *
 * @param description what will be done
 * @param owner       who does it
 * @param dueDate     by when
 */
public record RiskAction(String description, String owner, LocalDate dueDate) {
}
