package plv.itest.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.Contract;
import plv.commissioning.api.ContractDraft;
import plv.commissioning.api.ContractPage;
import plv.commissioning.api.ContractQuery;
import plv.commissioning.api.ContractRegister;
import plv.commissioning.api.ContractStatus;
import plv.commissioning.api.ProcurementRoute;
import plv.itest.platform.Itest;
import plv.platform.api.AccessDeniedException;

/** The contract register across programmes filtered, sorted and paged in the database (issue 16), on Derby and PostgreSQL. */
@ExtendWith(ServiceExtension.class)
class ContractSearchTest {

    @InjectService(timeout = 30_000)
    static ContractRegister contracts;

    static ContractDraft draft(String reference, String supplier, String value, String start, String route, String status) {
        return new ContractDraft(reference, "Searched " + reference, "Itest", "", supplier, "", "neither", value, "", "", "", start,
                "2034-12-31", "", "2024-12-01", route, status, "0", "", "", "0");
    }

    @Test
    void filtersSortsAndPagesInTheDatabase() throws Exception {
        String p = CommissioningTest.programme();
        contracts.add(CommissioningTest.OFFICER, p, draft("S-1", "Oakwood Care Ltd", "30,000", "2031-03-01", "dynamic-market", "active"));
        contracts.add(CommissioningTest.OFFICER, p, draft("S-2", "oak_tree Homes", "10,000", "2031-01-01", "dynamic-market", "active"));
        contracts.add(CommissioningTest.OFFICER, p, draft("S-3", "OAK 100% Ltd", "20,000", "2031-02-01", "open", "pending"));
        contracts.add(CommissioningTest.OFFICER, p, draft("S-4", "Willow Support", "40,000", "2031-04-01", "dps-call-off", "active"));

        ContractPage oak = contracts.search(CommissioningTest.DIRECTOR, new ContractQuery(p, null, null, "OAK", ContractQuery.Sort.VALUE,
                true, 0, 10));
        assertThat(oak.total()).isEqualTo(3);
        assertThat(oak.contracts()).extracting(Contract::reference).containsExactly("S-1", "S-3", "S-2");
        // wildcards typed are taken literally
        assertThat(contracts.search(CommissioningTest.DIRECTOR, new ContractQuery(p, null, null, "oak_", ContractQuery.Sort.REFERENCE,
                false, 0, 10)).contracts()).extracting(Contract::reference).containsExactly("S-2");
        assertThat(contracts.search(CommissioningTest.DIRECTOR, new ContractQuery(p, null, null, "oak 100%", ContractQuery.Sort.REFERENCE,
                false, 0, 10)).contracts()).extracting(Contract::reference).containsExactly("S-3");
        ContractPage market = contracts.search(CommissioningTest.DIRECTOR, new ContractQuery(p, ContractStatus.ACTIVE,
                ProcurementRoute.DYNAMIC_MARKET, "", ContractQuery.Sort.START, false, 0, 10));
        assertThat(market.contracts()).extracting(Contract::reference).containsExactly("S-2", "S-1");
        // pages of one do not overlap and count the same total
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ContractPage page = contracts.search(CommissioningTest.DIRECTOR, new ContractQuery(p, null, null, null, ContractQuery.Sort.END,
                    false, i, 1));
            assertThat(page.total()).isEqualTo(4);
            seen.add(page.contracts().get(0).reference());
        }
        assertThat(seen).containsExactlyInAnyOrder("S-1", "S-2", "S-3", "S-4");
        // a new contract is counted at once (the remembered count goes with the write)
        contracts.add(CommissioningTest.OFFICER, p, draft("S-5", "Oak Lodge", "50,000", "2031-05-01", "open", "active"));
        assertThat(contracts.search(CommissioningTest.DIRECTOR, new ContractQuery(p, null, null, "oak", ContractQuery.Sort.VALUE, true, 0, 10))
                .total()).isEqualTo(4);
        assertThatThrownBy(() -> contracts.search(CommissioningTest.VIEWER, new ContractQuery(p, null, null, "", null, false, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiAnswersAPageWithTheTotal() throws Exception {
        var answer = Itest.getAsSecretary("/api/contracts?status=active&sort=value&dir=desc&size=5");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"total\":").contains("\"size\":5");
    }
}
