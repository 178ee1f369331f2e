/**
 * iCalendar feeds (RFC 5545) written once for every area: an area lists its {@link plv.platform.api.calendar.CalendarEvent}s
 * and the platform's {@link plv.platform.api.calendar.CalendarWriter} writes the feed, with a VTIMEZONE for
 * Europe/London, times in London local time, stable UIDs, escaped text and folded lines.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package plv.platform.api.calendar;
