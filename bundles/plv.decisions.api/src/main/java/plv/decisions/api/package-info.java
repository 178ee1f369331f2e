/**
 * Council decisions about joining the PLV: the council's decision record (key decision notice, call-in, exempt
 * status), the delegations it made to officers, the officers' decision records under those delegations (Openness of
 * Local Government Bodies Regulations 2014 reg 7) and each council's monitoring officer's review of them. Every service
 * takes the {@link plv.platform.api.Actor} who asks: a monitoring officer sees and reviews only their own council.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package plv.decisions.api;
