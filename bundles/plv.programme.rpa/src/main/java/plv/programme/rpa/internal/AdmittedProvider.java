package plv.programme.rpa.internal;

import java.time.LocalDate;

/** A provider admitted to the framework, as pages show it (public so that templates can read it). */
public record AdmittedProvider(long id, String name, String registrationNumber, LocalDate admittedOn) {

    static AdmittedProvider of(ProviderEntity e) {
        return new AdmittedProvider(e.id, e.name, e.registrationNumber == null ? "" : e.registrationNumber, e.admittedOn);
    }
}
