/**
 * One clock and one calendar for every bundle: {@link plv.platform.api.time.PlvClock} (the service every bundle asks
 * for "today", in Europe/London, which tests can set), {@link plv.platform.api.time.BankHolidays} (England and Wales,
 * one-off holidays included), {@link plv.platform.api.time.WorkingDays} and {@link plv.platform.api.time.FinancialYear}.
 * The calendar types are pure values with no dependencies, so a rule class can use them without a framework.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package plv.platform.api.time;
