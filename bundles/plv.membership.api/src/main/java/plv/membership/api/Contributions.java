package plv.membership.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import plv.platform.api.Actor;

/**
 * The fee schedule, the alternative funding figures and the contributions they produce. Rules are effective-dated
 * (a change applies from the financial year the secretary gives; earlier years keep their rules) and a year's
 * contributions can be issued as a frozen statement.
 */
@ProviderType
public interface Contributions {

    /** The fee schedule in force for the current financial year. */
    FeeSchedule feeSchedule();

    /** The fee schedule in force for the financial year starting 1 April {@code financialYear}. */
    FeeSchedule feeSchedule(int financialYear);

    /** Every fee schedule, oldest first (the one without a date applies from the beginning). */
    List<FeeSchedule> feeSchedules();

    /**
     * Records a fee schedule (funding model, fee, trigger date, indexation) that applies from its
     * {@code effectiveFrom}, which must be 1 April (the start of a financial year); earlier years keep the schedule they
     * had. A schedule with the same date replaces that one. Refused (ValidationException) without a date or with one
     * that is not 1 April.
     */
    FeeSchedule setFeeSchedule(Actor actor, FeeSchedule schedule);

    /** The shared funding figures in force for the year: those set for it or, failing that, for the latest year before. */
    Optional<SharedFunding> sharedFunding(int financialYear);

    /** Sets the shared funding figures from the year {@code funding.financialYear()} on, until figures are set for a later year. */
    SharedFunding setSharedFunding(Actor actor, SharedFunding funding);

    List<SharedFunding> sharedFundings();

    /**
     * The schedule of the financial year starting 1 April {@code financialYear}: the latest issued statement's when the
     * year has been issued, else worked out from the rules now.
     */
    ContributionSchedule schedule(Actor actor, int financialYear);

    /** The schedule worked out from the rules and records now, issued or not. */
    ContributionSchedule workedOut(Actor actor, int financialYear);

    /** One member's statement (from the issued statement when there is one); a monitoring officer sees only their own. */
    MemberStatement statement(Actor actor, String gssCode, int financialYear);

    /** The year's issued statements, oldest first (the first, then its corrections). */
    List<IssuedStatement> issued(Actor actor, int financialYear);

    /**
     * Issues the year's contributions: the worked-out schedule stored frozen with its SHA-256. Refused when the year
     * has been issued already (issue a correction instead).
     */
    IssuedStatement issue(Actor actor, int financialYear, String reason);

    /**
     * Issues a correction: the schedule worked out now, referencing the latest issued statement, with the difference for
     * each member. Refused when nothing has been issued, without a reason, or when nothing would change.
     */
    IssuedStatement correct(Actor actor, int financialYear, String reason);
}
