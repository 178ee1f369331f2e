package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A risk in one programme's risk log. */
@Entity
@Table(name = "COM_RISK")
public class RiskEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "PROGRAMME_ID")
    String programmeId;
    @Column(name = "REFERENCE")
    String reference;
    @Column(name = "TITLE")
    String title;
    @Column(name = "CATEGORY")
    String category;
    @Column(name = "OWNER_NAME")
    String owner;
    @Column(name = "INHERENT_LIKELIHOOD")
    int inherentLikelihood;
    @Column(name = "INHERENT_IMPACT")
    int inherentImpact;
    @Column(name = "CURRENT_LIKELIHOOD")
    int currentLikelihood;
    @Column(name = "CURRENT_IMPACT")
    int currentImpact;
    @Column(name = "TARGET_LIKELIHOOD")
    int targetLikelihood;
    @Column(name = "TARGET_IMPACT")
    int targetImpact;
    @Column(name = "TARGET_DATE")
    LocalDate targetDate;
    @Column(name = "CONTROLS")
    String controls;
    @Column(name = "TREND")
    String trend;
    @Column(name = "REVIEWED_ON")
    LocalDate reviewedOn;
    @Column(name = "FLAGGED_ON")
    LocalDate flaggedOn;
    @Column(name = "FLAG_REASON")
    String flagReason;
    @Version
    @Column(name = "VERSION")
    long version;

    Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("category", category);
        m.put("owner", owner);
        m.put("inherentScore", inherentLikelihood + "x" + inherentImpact);
        m.put("currentScore", currentLikelihood + "x" + currentImpact);
        m.put("targetScore", targetLikelihood + "x" + targetImpact);
        m.put("targetDate", targetDate);
        m.put("controls", controls);
        m.put("trend", trend);
        m.put("reviewedOn", reviewedOn);
        return m;
    }
}
