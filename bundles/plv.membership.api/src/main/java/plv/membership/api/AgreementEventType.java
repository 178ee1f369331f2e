package plv.membership.api;

/** What can happen to a member agreement. RENEWED records the council's ratification of a renewal. */
public enum AgreementEventType {
    SIGNED, BREAK_NOTICE_SERVED, NOTICE_WITHDRAWN, RENEWED, TERMINATED, VARIED
}
