package plv.membership.core.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import plv.membership.api.AgreementEventType;

/** An event on an agreement (MEM_AGREEMENT_EVENT); written once, never updated. */
@Entity
@Table(name = "MEM_AGREEMENT_EVENT")
public class AgreementEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "AGREEMENT_ID")
    Long agreementId;
    @Enumerated(EnumType.STRING)
    @Column(name = "EVENT_TYPE")
    AgreementEventType type;
    @Column(name = "EVENT_DATE")
    LocalDate eventDate;
    @Column(name = "EFFECTIVE_ON")
    LocalDate effectiveOn;
    @Column(name = "BY_WHOM")
    String byWhom;
    @Column(name = "DOCUMENT_ID")
    Long documentId;
    String reason;
    /** For RENEWED: the council's reference for the ratifying decision. */
    @Column(name = "DECISION_REF")
    String decisionRef;
    @Column(name = "RECORDED_BY")
    String recordedBy;
    @Column(name = "RECORDED_AT")
    Instant recordedAt;
}
