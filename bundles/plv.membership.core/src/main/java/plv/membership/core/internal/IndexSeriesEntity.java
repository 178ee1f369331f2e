package plv.membership.core.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An index series (MEM_INDEX_SERIES). */
@Entity
@Table(name = "MEM_INDEX_SERIES")
public class IndexSeriesEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String code;
    String name;
    @Version
    long version;
}
