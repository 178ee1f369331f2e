package plv.membership.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import plv.membership.api.FundingModel;
import plv.membership.api.IndexMethod;

/** A fee schedule (MEM_FEE_SCHEDULE), one row per date it applies from. */
@Entity
@Table(name = "MEM_FEE_SCHEDULE")
public class FeeScheduleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    FundingModel model;
    @Column(name = "ANNUAL_FEE_PENCE")
    long annualFeePence;
    @Column(name = "TRIGGER_DATE")
    LocalDate triggerDate;
    @Column(name = "SERIES_CODE")
    String seriesCode;
    @Column(name = "REFERENCE_MONTH")
    Integer referenceMonth;
    @Enumerated(EnumType.STRING)
    IndexMethod method;
    @Column(name = "BASE_MONTH")
    String baseMonth;
    @Column(name = "CAP_PERCENT")
    BigDecimal capPercent;
    @Column(name = "FLOOR_PERCENT")
    BigDecimal floorPercent;
    /** The first day of the financial year it applies from; null: from the beginning. */
    @Column(name = "EFFECTIVE_FROM")
    LocalDate effectiveFrom;
    @Version
    long version;
}
