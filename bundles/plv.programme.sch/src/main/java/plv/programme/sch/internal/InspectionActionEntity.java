package plv.programme.sch.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An action following an inspection, with its owner and due date; done when {@code doneOn} is set. */
@Entity
@Table(name = "PRG_SCH_INSPECTION_ACTION")
public class InspectionActionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "INSPECTION_ID")
    long inspectionId;
    @Column(name = "ACTION_POSITION")
    int position;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "OWNER_NAME")
    String owner;
    @Column(name = "DUE_ON")
    LocalDate dueOn;
    @Column(name = "DONE_ON")
    LocalDate doneOn;
    @Column(name = "DONE_BY")
    String doneBy;
    @Version
    @Column(name = "VERSION")
    long version;
}
