package plv.commissioning.api;

import java.util.List;

/**
 * One page of a {@link ContractQuery}: the contracts on it and how many match in all.
 *
 * @since 1.3
 */
public record ContractPage(List<Contract> contracts, long total, ContractQuery query) {

    public ContractPage {
        contracts = List.copyOf(contracts);
    }
}
