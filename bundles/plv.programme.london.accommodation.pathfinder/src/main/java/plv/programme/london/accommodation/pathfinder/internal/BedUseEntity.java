package plv.programme.london.accommodation.pathfinder.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Bed nights one participant used in one month. */
@Entity
@Table(name = "PRG_LAP_BED_USE")
public class BedUseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "GSS_CODE")
    String gssCode;
    @Column(name = "USE_MONTH")
    String month;
    @Column(name = "BED_NIGHTS")
    int bedNights;
    @Version
    @Column(name = "VERSION")
    long version;
}
