/**
 * The commissioning side of the PLV: each commissioning programme's contract register (Local Government
 * Transparency Code 2015 fields, OCDS 1.1.5-like status, extension options with decision-by dates) and risk log
 * (5 × 5 likelihood × impact, appetite by category, reviews with a trend). Records are keyed by the programme id of
 * a {@link plv.platform.api.Programme}, so any programme bundle gets both registers without code of its own. Every
 * service takes the {@link plv.platform.api.Actor} who asks: commissioning officers and the company secretary keep the
 * registers, directors read them, everyone else is refused.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package plv.commissioning.api;
