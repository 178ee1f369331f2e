package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A placement's time in one place; a move ends one stay and starts the next. */
@Entity
@Table(name = "PRG_SCH_STAY")
public class StayEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "PLACEMENT_ID")
    long placementId;
    @Column(name = "PLACE_CODE")
    String placeCode;
    @Column(name = "STARTED_ON")
    LocalDate startedOn;
    @Column(name = "ENDED_ON")
    LocalDate endedOn;
    @Version
    @Column(name = "VERSION")
    long version;
}
