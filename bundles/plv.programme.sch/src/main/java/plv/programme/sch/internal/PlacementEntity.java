package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A placement made on an accepted referral. */
@Entity
@Table(name = "PRG_SCH_PLACEMENT")
public class PlacementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "REFERRAL_ID")
    long referralId;
    @Column(name = "COUNCIL_GSS")
    String councilGss;
    @Column(name = "START_DATE")
    LocalDate start;
    @Column(name = "PLANNED_END")
    LocalDate plannedEnd;
    @Column(name = "ACTUAL_END")
    LocalDate actualEnd;
    @Column(name = "DISTANCE_MILES")
    Integer distanceMiles;
    @Version
    @Column(name = "VERSION")
    long version;
}
