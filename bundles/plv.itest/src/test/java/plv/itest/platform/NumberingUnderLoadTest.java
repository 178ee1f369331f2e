package plv.itest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.commissioning.api.RiskDraft.ActionDraft;
import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskLog;
import plv.platform.api.Actor;
import plv.platform.api.Role;
import plv.platform.api.audit.AuditTrail;

/**
 * Issue 11, finding 5: references were taken by retrying on a unique-key clash (20 concurrent creates on PostgreSQL
 * failed 43% of the time). Now they come from a locked counter row: 50 at once, no error, 50 distinct references.
 */
@ExtendWith(ServiceExtension.class)
class NumberingUnderLoadTest {

    static final Actor OFFICER = new Actor("co.numbering", "Commissioning officer", Role.COMMISSIONING_OFFICER, null);

    @Test
    void fiftyRisksCreatedAtOnceGetFiftyReferencesAndNoError(@InjectService(timeout = 30_000) RiskLog risks,
            @InjectService(timeout = 30_000) AuditTrail audit) throws Exception {
        String p = "load-" + UUID.randomUUID().toString().substring(0, 8);
        risks.add(OFFICER, p, risk("Before the rush"));
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Throwable> errors = new ArrayList<>();
        try {
            List<Callable<Risk>> adds = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String title = "Concurrent risk " + i;
                adds.add(() -> risks.add(OFFICER, p, risk(title)));
            }
            for (Future<Risk> f : pool.invokeAll(adds)) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.add(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(errors).as("errors").isEmpty();
        List<String> refs = risks.list(OFFICER, p).stream().map(Risk::reference).toList();
        assertThat(refs).hasSize(51).doesNotHaveDuplicates();
        assertThat(refs.stream().map(r -> r.substring(r.lastIndexOf("-R") + 2)).mapToInt(Integer::parseInt).sorted().toArray())
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 51).toArray());
        assertThat(audit.verify().valid()).isTrue();
    }

    private static RiskDraft risk(String title) {
        return new RiskDraft(title, "safeguarding", "Lead officer", "4", "5", "2", "4", "1", "4", "",
                "Practice model", List.of(new ActionDraft("Mock inspection", "Registered manager", "2030-01-31")));
    }
}
