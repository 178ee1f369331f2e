package plv.membership.core.internal.rules;

import java.time.LocalDate;

import plv.membership.api.BreakPoint;

/** A break notice served after the last notice date of the break it aimed at. */
public final class NoticeTooLateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient BreakPoint missed;
    private final transient BreakPoint next;

    public NoticeTooLateException(LocalDate servedOn, BreakPoint missed, BreakPoint next) {
        super(message(servedOn, missed, next));
        this.missed = missed;
        this.next = next;
    }

    public BreakPoint missed() {
        return missed;
    }

    public BreakPoint next() {
        return next;
    }

    private static String message(LocalDate servedOn, BreakPoint missed, BreakPoint next) {
        if (missed == null) {
            return "Notice served on " + servedOn + " cannot take effect: the agreement has no later break point.";
        }
        String text = "Notice served on " + servedOn + " is after the last notice date " + missed.lastNoticeDate()
                + " for the break on " + missed.breakDate() + "; ";
        return next == null ? text + "the agreement has no later break point."
                : text + "the next break it could take effect at is " + next.breakDate() + " (notice by "
                        + next.lastNoticeDate() + ").";
    }
}
