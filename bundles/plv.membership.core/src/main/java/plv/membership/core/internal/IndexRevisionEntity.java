package plv.membership.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated correction of an index value (MEM_INDEX_REVISION); written once, never updated. */
@Entity
@Table(name = "MEM_INDEX_REVISION")
public class IndexRevisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "SERIES_ID")
    Long seriesId;
    @Column(name = "PERIOD_MONTH")
    String month;
    @Column(name = "INDEX_VALUE")
    BigDecimal value;
    @Column(name = "EFFECTIVE_FROM")
    LocalDate effectiveFrom;
    @Column(name = "RECORDED_BY")
    String recordedBy;
    @Column(name = "RECORDED_AT")
    Instant recordedAt;
}
