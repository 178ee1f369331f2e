package plv.membership.core.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import plv.membership.api.SharingBasis;

/** The alternative funding model's figures for one financial year (MEM_SHARED_FUNDING). */
@Entity
@Table(name = "MEM_SHARED_FUNDING")
public class SharedFundingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "FINANCIAL_YEAR")
    int financialYear;
    @Column(name = "TOTAL_COST_PENCE")
    long totalCostPence;
    @Enumerated(EnumType.STRING)
    SharingBasis basis;
    @Column(name = "EQUAL_PERCENT")
    BigDecimal equalPercent;
    @Column(name = "WEIGHTING_CODE")
    String weightingCode;
    int places;
    @Column(name = "EMERGENCY_PLACES")
    int emergencyPlaces;
    @Column(name = "PLACES_SOLD")
    int placesSold;
    @Column(name = "PRICE_PER_PLACE_PENCE")
    long pricePerPlacePence;
    @Version
    long version;
}
