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
     * the last notice date and the next break the notice could take effect at, when it is too late. Moves the member
     * to NOTICE_GIVEN.
     */
    MemberAgreement serveBreakNotice(Actor actor, String gssCode, BreakNotice notice);

    MemberAgreement withdrawNotice(Actor actor, String gssCode, LocalDate withdrawnOn, String reason);

    MemberAgreement renew(Actor actor, String gssCode, LocalDate renewedOn, String byWhom, Long documentId);

    MemberAgreement terminate(Actor actor, String gssCode, LocalDate terminatedOn, String reason);

    MemberAgreement vary(Actor actor, String gssCode, AgreementTerms newTerms, LocalDate variedOn, String reason);

    /**
     * Moves every member whose break notice took effect on or before {@code today} to CEASED (the day after its break
     * date). Returns the GSS codes moved.
     */
    List<String> applyBreaks(Actor actor, LocalDate today);
}
