package plv.membership.core.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One authority's weight in a weighting (MEM_WEIGHT). */
@Entity
@Table(name = "MEM_WEIGHT")
public class WeightEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "WEIGHTING_ID")
    Long weightingId;
    @Column(name = "GSS_CODE")
    String gssCode;
    BigDecimal weight;
}
