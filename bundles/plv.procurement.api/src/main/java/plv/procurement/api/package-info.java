/**
 * Procurement models of the commissioning area, reusable by every programme: a {@link plv.procurement.api.Arrangement}
 * is a framework, a dynamic purchasing system or a block contract of one programme; providers apply and are admitted
 * against its criteria ({@link plv.procurement.api.Admission}); call-offs are mini-competitions among the providers
 * admitted when they are invited ({@link plv.procurement.api.CallOff}), scored, awarded, with the standstill end date
 * of the Procurement Act 2023 s51. Money is whole pence in {@code long}; dates are {@link java.time.LocalDate}s.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package plv.procurement.api;
