package plv.decisions.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import plv.decisions.api.Consultation;

/** A row of DEC_CONSULTATION. */
@Embeddable
class ConsultationValue {
    @Column(name = "CONSULTEE_POST") String consulteePost;
    @Column(name = "CONSULTEE_NAME") String consulteeName;
    @Column(name = "CONSULTED_ON") LocalDate consultedOn;
    @Column(name = "VIEW_GIVEN") String view;

    static ConsultationValue of(Consultation c) {
        ConsultationValue v = new ConsultationValue();
        v.consulteePost = c.consulteePost();
        v.consulteeName = c.consulteeName();
        v.consultedOn = c.consultedOn();
        v.view = c.view();
        return v;
    }

    Consultation toRecord() {
        return new Consultation(consulteePost, consulteeName, consultedOn, view);
    }
}
