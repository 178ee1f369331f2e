package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_AGREEMENT (private to this bundle). */
@Entity
@Table(name = "BRD_AGREEMENT")
class AgreementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "RESOLUTION_ID") long resolutionId;
    @Column(name = "MEMBER_GSS") String memberGss;
    @Column(name = "AGREED_ON") LocalDate agreedOn;
    String representative;
}
