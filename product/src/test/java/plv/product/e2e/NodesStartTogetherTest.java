package plv.product.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import plv.product.PgSchema;
import plv.product.ProductProcess;

/**
 * Two nodes started at the same moment on one empty PostgreSQL schema, both with the demo data and the first
 * administrator asked for: one creates them, the other waits for it, and both come UP with everything there once.
 */
class NodesStartTogetherTest {

    @Test
    void twoNodesStartingTogetherCreateDemoDataAndTheAdministratorOnceAndBothComeUp() throws Exception {
        try (PgSchema db = new PgSchema("plv_e2e_nodes")) {
            // nodes on one database share the audit keys (docs/operations.md)
            String[] settings = {"-Dplv.db.url=" + db.url(), "-Dplv.db.user=postgres", "-Dplv.audit.keys=" + ProductProcess.newHome("nodes-keys").resolve("keys"), "-Dplv.demo=true",
                    "-Dplv.admin.user=operator", "-Dplv.admin.password=operator-password-1"};
            try (ProductProcess a = ProductProcess.start(ProductProcess.newHome("nodes-a"), settings);
                    ProductProcess b = ProductProcess.start(ProductProcess.newHome("nodes-b"), settings)) {
                a.awaitHealthy(Duration.ofSeconds(180));
                b.awaitHealthy(Duration.ofSeconds(180));
                assertThat(a.get("/health").body()).contains("UP");
                assertThat(b.get("/health").body()).contains("UP");

                assertThat(db.count("SELECT COUNT(*) FROM %s.SEC_USER WHERE USERNAME = 'operator'")).as("administrators").isEqualTo(1);
                assertThat(db.count("SELECT COUNT(*) FROM %s.SEC_USER")).as("the administrator and the 7 demo users (po.camden, the placing officer, among them)").isEqualTo(8);
                assertThat(db.count("SELECT COUNT(*) FROM %s.BRD_DIRECTOR")).as("demo directors").isEqualTo(7);
                assertThat(db.count("SELECT COUNT(*) FROM %s.PROC_ADMISSION WHERE STATUS = 'admitted' AND ARRANGEMENT_ID IN (SELECT ID FROM %s.PROC_ARRANGEMENT"
                        + " WHERE PROGRAMME_ID = 'residential-parenting-assessments')")).as("demo providers admitted to the RPA framework").isEqualTo(12);
                assertThat(db.count("SELECT COUNT(*) FROM %s.MEM_AGREEMENT_TEMPLATE")).as("demo agreement templates").isEqualTo(1);
                assertThat(db.count("SELECT COUNT(*) FROM %s.DEC_COUNCIL_DECISION")).as("demo council decisions").isPositive();
                assertThat(db.count("SELECT COUNT(*) FROM (SELECT COUNCIL_GSS, REF_NO FROM %s.DEC_COUNCIL_DECISION"
                        + " GROUP BY COUNCIL_GSS, REF_NO HAVING COUNT(*) > 1) d")).as("council decisions recorded twice").isZero();
                assertThat(db.count("SELECT COUNT(*) FROM %s.COM_RISK")).as("demo risks").isPositive();
                assertThat(db.count("SELECT COUNT(*) FROM (SELECT PROGRAMME_ID, TITLE FROM %s.COM_RISK"
                        + " GROUP BY PROGRAMME_ID, TITLE HAVING COUNT(*) > 1) d")).as("risks recorded twice").isZero();
                assertThat(db.count("SELECT COUNT(*) FROM (SELECT PROGRAMME_ID, TITLE FROM %s.COM_CONTRACT"
                        + " GROUP BY PROGRAMME_ID, TITLE HAVING COUNT(*) > 1) d")).as("contracts recorded twice").isZero();
                assertThat(awaitValidChain(a)).contains("\"valid\": true");
            }
        }
    }

    /**
     * Verify, asked while a write commits, may answer {@code valid: false} although the chain is intact (issue 11
     * finding 2, fixed separately); a chain that is really broken never verifies again, so asking again for a while
     * still fails on a real break.
     */
    static String awaitValidChain(ProductProcess node) throws Exception {
        String answer = "";
        for (int i = 0; i < 30; i++) {
            answer = node.shell("plv:auditVerify");
            if (answer.contains("\"valid\": true")) {
                return answer;
            }
            Thread.sleep(1000);
        }
        return answer;
    }
}
