package plv.programme.rpa.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A provider admitted to the framework. */
@Entity
@Table(name = "PRG_RPA_PROVIDER")
public class ProviderEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "NAME")
    String name;
    @Column(name = "REGISTRATION_NUMBER")
    String registrationNumber;
    @Column(name = "ADMITTED_ON")
    LocalDate admittedOn;
    @Version
    @Column(name = "VERSION")
    long version;
}
