package plv.platform.api.web;

import java.time.LocalDate;

/**
 * One line of a dashboard panel. The shell escapes all text.
 *
 * @param text    what it is
 * @param href    where it links, or null
 * @param date    its date, or null
 * @param urgency how soon it needs attention
 */
public record PanelItem(String text, String href, LocalDate date, Urgency urgency) {
}
