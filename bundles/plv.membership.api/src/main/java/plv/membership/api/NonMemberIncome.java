package plv.membership.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point (whiteboard): a programme bundle registers one of these to report income from places sold to
 * authorities that are not members (seed 000: "an option to sell unused places to other local authorities which could
 * reduce the annual membership contribution"). The contributions of a financial year add up every registered report
 * and reduce the members' contributions by it under every funding model, the fixed fee included; the working says how.
 * Services come and go at run time; a schedule is worked out from those registered when it is asked for (an issued
 * statement keeps the figures it was issued with).
 */
@ConsumerType
public interface NonMemberIncome {

    /**
     * The income for the financial year starting 1 April {@code financialYear} (2028 = 2028-29), or empty when there
     * is none to report.
     */
    Optional<IncomeReport> income(int financialYear);
}
