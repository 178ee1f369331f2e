package plv.procurement.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of PROC_ARRANGEMENT. */
@Entity
@Table(name = "PROC_ARRANGEMENT")
public class ArrangementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "PROGRAMME_ID")
    String programmeId;
    @Column(name = "REFERENCE")
    String reference;
    @Column(name = "TITLE")
    String title;
    @Column(name = "MODEL")
    String model;
    @Column(name = "OPENS_ON")
    LocalDate opensOn;
    @Column(name = "CLOSES_ON")
    LocalDate closesOn;
    @Column(name = "CRITERIA")
    String criteria;
    @Version
    @Column(name = "VERSION")
    long version;
}
