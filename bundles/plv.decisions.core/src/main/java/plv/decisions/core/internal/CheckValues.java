package plv.decisions.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import plv.decisions.api.ConditionCheck;
import plv.decisions.api.ConsulteeCheck;
import plv.decisions.api.DelegationCheck;

/** The monitoring officer's per-consultee and per-condition checks as stored. */
final class CheckValues {

    private CheckValues() {
    }

    /** A row of DEC_REVIEW_CONSULTEE_CHECK. */
    @Embeddable
    static class Consultee {
        @Column(name = "CONSULTEE_POST") String consulteePost;
        boolean consulted;
        @Column(name = "CONSULTED_ON") LocalDate consultedOn;

        static Consultee of(ConsulteeCheck c) {
            Consultee v = new Consultee();
            v.consulteePost = c.consulteePost();
            v.consulted = c.consulted();
            v.consultedOn = c.consultedOn();
            return v;
        }

        ConsulteeCheck toRecord() {
            return new ConsulteeCheck(consulteePost, consulted, consultedOn);
        }
    }

    /** A row of DEC_REVIEW_FAILED_CHECK: a check the review made by itself that failed when it was submitted. */
    @Embeddable
    static class Failed {
        String code;
        String label;
        String detail;

        static Failed of(DelegationCheck c) {
            Failed v = new Failed();
            v.code = c.code();
            v.label = c.label();
            v.detail = c.detail();
            return v;
        }

        DelegationCheck toRecord() {
            return new DelegationCheck(code, label, false, detail);
        }
    }

    /** A row of DEC_REVIEW_CONDITION_CHECK. */
    @Embeddable
    static class Condition {
        @Column(name = "CONDITION_TEXT") String condition;
        boolean met;
        String note;

        static Condition of(ConditionCheck c) {
            Condition v = new Condition();
            v.condition = c.condition();
            v.met = c.met();
            v.note = c.note();
            return v;
        }

        ConditionCheck toRecord() {
            return new ConditionCheck(condition, met, note);
        }
    }
}
