/**
 * One money formatter for every bundle: {@link plv.platform.api.money.Money} turns whole pence into pounds for people
 * ({@code £1,250,000.00}, or {@code £1,250,000} for totals), for forms, CSV and JSON ({@code 1250000.00}), and reads pounds as typed back into pence.
 * A pure value helper with no dependencies.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package plv.platform.api.money;
