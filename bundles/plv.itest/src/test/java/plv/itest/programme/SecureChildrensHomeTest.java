package plv.itest.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import plv.platform.api.Programme;
import plv.platform.api.ProgrammeRegistry;
import plv.platform.api.ProgrammeStatus;
import plv.platform.api.RegisterDescriptor;
import plv.platform.api.persistence.Database;
import plv.platform.api.persistence.SchemaVersion;

/** The shipped programme bundle plugs in through the whiteboard; its registers are the commissioning area's, in COM_ tables. */
@ExtendWith(ServiceExtension.class)
class SecureChildrensHomeTest {

    @Test
    void theProgrammeIsRegisteredWithItsRegisters(@InjectService(timeout = 30_000, filter = "(plv.programme.type=secure-childrens-home)") Programme sch,
            @InjectService(timeout = 30_000) ProgrammeRegistry registry) {
        assertThat(registry.programme("secure-childrens-home")).containsSame(sch);
        assertThat(sch.descriptor().status()).isEqualTo(ProgrammeStatus.PROCURING);
        assertThat(sch.registers()).extracting(RegisterDescriptor::id, RegisterDescriptor::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("contracts", "/commissioning/secure-childrens-home/contracts"),
                org.assertj.core.groups.Tuple.tuple("risks", "/commissioning/secure-childrens-home/risks"));
    }

    @Test
    void itsRegistersAreTheCommissioningAreas(@InjectService(timeout = 30_000) Database database,
            @InjectService(timeout = 30_000, filter = "(plv.programme.type=secure-childrens-home)") Programme ready) throws Exception {
        assertThat(plv.itest.platform.Itest.eventually(30, () -> database.schemaVersions().contains(new SchemaVersion("plv.commissioning.core", 5))))
                .as("schema versions: %s", database.schemaVersions()).isTrue();
    }
}
