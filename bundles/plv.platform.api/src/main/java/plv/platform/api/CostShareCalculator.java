package plv.platform.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Shares a programme's costs among its participants, exact to the penny. The membership area provides it (its largest
 * remainder rule, the same as for contributions); the platform lists the shares with the programme when it is there.
 */
@ProviderType
public interface CostShareCalculator {

    /**
     * The share in pence of every participant taking part on {@code sharing.asOf()}, by participant code in ascending
     * order; the shares add up to {@code sharing.totalPence()} exactly.
     *
     * @throws ValidationException when the shares cannot be worked out (nobody takes part on the day, the weighting is
     *                             unknown or lacks a participant, a fixed share is missing), naming what to fix
     */
    Map<String, Long> shares(CostSharing sharing, List<Participant> participants);
}
