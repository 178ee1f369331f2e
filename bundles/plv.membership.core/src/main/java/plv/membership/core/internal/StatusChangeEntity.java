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

import plv.membership.api.MembershipStatus;

/** One dated status of a member (MEM_STATUS_CHANGE); written once, never updated. */
@Entity
@Table(name = "MEM_STATUS_CHANGE")
public class StatusChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "MEMBER_ID")
    Long memberId;
    @Enumerated(EnumType.STRING)
    MembershipStatus status;
    @Column(name = "EFFECTIVE_ON")
    LocalDate effectiveOn;
    String reason;
    @Column(name = "RECORDED_BY")
    String recordedBy;
    @Column(name = "RECORDED_AT")
    Instant recordedAt;
}
