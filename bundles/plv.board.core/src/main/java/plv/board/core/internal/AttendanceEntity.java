package plv.board.core.internal;

import java.time.*;

import jakarta.persistence.*;

/** Row of BRD_ATTENDANCE (private to this bundle). */
@Entity
@Table(name = "BRD_ATTENDANCE")
class AttendanceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "PERSON_NAME") String personName;
    @Column(name = "DIRECTOR_ID") Long directorId;
    String capacity;
    String status;
    @Column(name = "ARRIVED_AT_ITEM") Integer arrivedAtItem;
    @Column(name = "LEFT_AFTER_ITEM") Integer leftAfterItem;
    @Column(name = "MEMBER_GSS") String memberGss;
}
