package plv.procurement.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of PROC_BID. */
@Entity
@Table(name = "PROC_BID")
public class BidEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "CALL_OFF_ID")
    Long callOffId;
    @Column(name = "PROVIDER_NAME")
    String providerName;
    @Column(name = "PRICE_PENCE")
    Long pricePence;
    @Column(name = "QUALITY_SCORE")
    Integer qualityScore;
    @Version
    @Column(name = "VERSION")
    long version;
}
