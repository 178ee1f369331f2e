package plv.procurement.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The procurement arrangements of every programme. Commissioning officers and the company secretary keep them,
 * directors read them, others are refused. Values are taken as typed: a refusal is a
 * {@link plv.platform.api.ValidationException} naming the field and the fix, and nothing is changed.
 */
@ProviderType
public interface Procurements {

    List<Arrangement> arrangements(Actor actor, String programmeId);

    Arrangement arrangement(Actor actor, long id);

    /** Finds an arrangement by programme and reference. */
    Optional<Arrangement> byReference(Actor actor, String programmeId, String reference);

    /**
     * Sets up an arrangement.
     *
     * @param model    {@code framework}, {@code dynamic-purchasing-system} or {@code block-contract}
     * @param opensOn  YYYY-MM-DD
     * @param closesOn YYYY-MM-DD or empty
     * @param criteria the admission criteria (none for a block contract)
     */
    Arrangement create(Actor actor, String programmeId, String reference, String title, String model, String opensOn, String closesOn,
            List<String> criteria);

    /**
     * A provider applies. A DPS takes applications at any time while it is open; a framework only before it opens; a
     * block contract none.
     */
    Admission apply(Actor actor, long arrangementId, String providerName, String registrationNumber, String appliedOn);

    /**
     * Stage 1: decides an application against the criteria. Admitted when every criterion is met, else refused naming
     * the criteria not met.
     *
     * @param criteriaMet the numbers (1 = first) of the criteria the provider meets
     */
    Admission decide(Actor actor, long arrangementId, long admissionId, Set<Integer> criteriaMet, String decidedOn);

    /** Stage 2: opens a call-off and invites every provider admitted on or before {@code invitedOn}. */
    CallOff openCallOff(Actor actor, long arrangementId, String reference, String requirement, String invitedOn, String bidsCloseOn);

    /** An invited provider's bid: its price in pounds and the quality score (0–100) its bid was given. */
    CallOff bid(Actor actor, long arrangementId, long callOffId, String providerName, String pricePounds, String qualityScore);

    /**
     * Awards a call-off to the bid with the highest total score, to a provider admitted to the arrangement and invited;
     * computes the standstill end date from the day the contract award notice is published.
     */
    CallOff award(Actor actor, long arrangementId, long callOffId, String providerName, String awardNoticeOn);

    /** True when {@code providerName} (or its registration number) is admitted to an arrangement of the programme of {@code model}. */
    boolean admitted(String programmeId, ProcurementModel model, String providerName, String registrationNumber);

    /** True when the programme has an arrangement of {@code model}. */
    boolean has(String programmeId, ProcurementModel model);
}
