package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_MEETING (private to this bundle). */
@Entity
@Table(name = "BRD_MEETING")
class MeetingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    String kind;
    String title;
    @Column(name = "STARTS_AT") LocalDateTime startsAt;
    String place;
    @Column(name = "ONLINE_LINK") String onlineLink;
    String status;
    @Column(name = "PAPERS_SENT_ON") LocalDate papersSentOn;
}
