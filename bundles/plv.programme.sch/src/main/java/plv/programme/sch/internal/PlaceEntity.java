package plv.programme.sch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place (bed) of the home; closed when {@code closedReason} is set. */
@Entity
@Table(name = "PRG_SCH_PLACE")
public class PlaceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "CODE")
    String code;
    @Column(name = "UNIT")
    String unit;
    @Column(name = "CLOSED_REASON")
    String closedReason;
    @Version
    @Column(name = "VERSION")
    long version;
}
