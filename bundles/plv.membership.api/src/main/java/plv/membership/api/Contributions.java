package plv.membership.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/** The fee schedule, the alternative funding figures and the contributions they produce. */
@ProviderType
public interface Contributions {

    FeeSchedule feeSchedule();

    FeeSchedule setFeeSchedule(Actor actor, FeeSchedule schedule);

    Optional<SharedFunding> sharedFunding(int financialYear);

    SharedFunding setSharedFunding(Actor actor, SharedFunding funding);

    List<SharedFunding> sharedFundings();

    /** The schedule of the financial year starting 1 April {@code financialYear}. */
    ContributionSchedule schedule(Actor actor, int financialYear);

    /** One member's statement; a monitoring officer may only ask for their own council. */
    MemberStatement statement(Actor actor, String gssCode, int financialYear);
}
