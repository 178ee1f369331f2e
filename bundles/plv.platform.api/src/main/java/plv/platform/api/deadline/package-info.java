/**
 * The deadlines whiteboard. Each area or programme bundle registers a {@link plv.platform.api.deadline.DeadlineSource}
 * service that answers the dated obligations an actor may see (break notice dates, Companies House notifications,
 * call-in periods, risk reviews...); the web shell gathers every source that is there now into one deadlines page, one
 * dashboard panel and one iCalendar feed per user. Stopping a bundle takes its deadlines away.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package plv.platform.api.deadline;
