package plv.commissioning.core.internal;

import java.time.Instant;
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

/** A Procurement Act 2023 notice of a contract, as recorded. */
@Entity
@Table(name = "COM_CONTRACT_NOTICE")
public class ContractNoticeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "CONTRACT_ID")
    long contractId;
    @Column(name = "KIND")
    String kind;
    @Column(name = "EVENT_DATE")
    LocalDate eventDate;
    @Column(name = "DUE_DATE")
    LocalDate dueDate;
    @Column(name = "PUBLISHED_ON")
    LocalDate publishedOn;
    @Column(name = "NOTICE_REF")
    String noticeReference;
    @Column(name = "RECORDED_BY")
    String recordedBy;
    @Column(name = "RECORDED_AT")
    Instant recordedAt;
    @Version
    @Column(name = "VERSION")
    long version;

    Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("eventDate", eventDate);
        m.put("dueDate", dueDate);
        m.put("publishedOn", publishedOn);
        m.put("noticeReference", noticeReference);
        return m;
    }
}
