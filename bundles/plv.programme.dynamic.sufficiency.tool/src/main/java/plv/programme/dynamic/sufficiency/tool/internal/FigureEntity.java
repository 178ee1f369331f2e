package plv.programme.dynamic.sufficiency.tool.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One authority's demand, supply and spend for one placement type in one month. */
@Entity
@Table(name = "PRG_DST_FIGURE")
public class FigureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "GSS_CODE")
    String gssCode;
    @Column(name = "SUB_REGION")
    String subRegion;
    @Column(name = "PLACEMENT_TYPE")
    String placementType;
    @Column(name = "FIGURE_MONTH")
    String month;
    @Column(name = "DEMAND")
    int demand;
    @Column(name = "SUPPLY")
    int supply;
    @Column(name = "SPEND_PENCE")
    long spendPence;
    @Version
    @Column(name = "VERSION")
    long version;
}
