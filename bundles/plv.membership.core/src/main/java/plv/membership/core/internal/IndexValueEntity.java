package plv.membership.core.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One monthly index value (MEM_INDEX_VALUE). */
@Entity
@Table(name = "MEM_INDEX_VALUE")
public class IndexValueEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "SERIES_ID")
    Long seriesId;
    @Column(name = "PERIOD_MONTH")
    String month;
    @Column(name = "INDEX_VALUE")
    BigDecimal value;
    @Version
    long version;
}
