package plv.membership.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** Agreement templates, member agreements, their events and computed dates. */
@ProviderType
public interface MemberAgreements {

    List<AgreementTemplate> templates();

    AgreementTemplate createTemplate(Actor actor, String name, AgreementTerms terms);

    /** Every agreement with its dates as of {@code asOf}. */
    List<MemberAgreement> agreements(Actor actor, LocalDate asOf);

    Optional<MemberAgreement> agreementOf(Actor actor, String gssCode, LocalDate asOf);

    /**
     * Makes a member's agreement from a template; {@code overrides} may be null (take the template's terms) and
     * {@code joinedOn} null (join on the term start).
     */
    MemberAgreement create(Actor actor, String gssCode, long templateId, AgreementTerms overrides, LocalDate joinedOn);

    /** Records the signature; the member becomes a MEMBER from the joining date. */
    MemberAgreement sign(Actor actor, String gssCode, LocalDate signedOn, String signedBy, Long documentId);

    /**
     * Serves break notice. Refused with a {@code ValidationException} on field {@code servedOn} naming the served date,
     * the last notice date, the break it missed and the next date the membership can end (the term end while no
     * renewal is ratified, else the next break of the ratified renewal), when it is too late. Moves the member to
     * NOTICE_GIVEN.
     */
    MemberAgreement serveBreakNotice(Actor actor, String gssCode, BreakNotice notice);

    MemberAgreement withdrawNotice(Actor actor, String gssCode, LocalDate withdrawnOn, String reason);

    /**
     * Records the council decision ratifying the renewal that follows the member's last ratified term (seed 000:
     * renewal "on a ten yearly cycle" is "subject to ratification"). Without it membership ends at the end of that
     * term. Refused (ValidationException) with no date, decision maker or reference, a date in the future or after
     * the term has ended, a break notice in force, or an agreement without renewal terms.
     */
    MemberAgreement ratifyRenewal(Actor actor, String gssCode, RenewalRatification ratification);

    MemberAgreement terminate(Actor actor, String gssCode, LocalDate terminatedOn, String reason);

    MemberAgreement vary(Actor actor, String gssCode, AgreementTerms newTerms, LocalDate variedOn, String reason);

    /**
     * Records CEASED (from the day after the last day of membership) for every member whose membership ended before
     * {@code today}: a break taken, a termination, or a term ended without a ratified renewal. Reads give the same
     * status without it (status is worked out from the dates on every read); this keeps the stored history complete.
     * Returns the GSS codes moved.
     */
    List<String> applyBreaks(Actor actor, LocalDate today);
}
