package plv.membership.core.internal.rules;

import java.time.LocalDate;

import plv.membership.api.BreakPoint;

/**
 * A break notice that cannot take effect: served after the last notice date of the break it aimed at, or with no
 * break left before the membership ends. The message names the last notice date, the break missed and the next date
 * the membership can end.
 */
public final class NoticeTooLateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient BreakPoint missed;
    private final transient LocalDate nextExit;

    public NoticeTooLateException(LocalDate servedOn, BreakPoint missed, LocalDate nextExit, String nextExitReason) {
        super(message(servedOn, missed, nextExit, nextExitReason));
        this.missed = missed;
        this.nextExit = nextExit;
    }

    public BreakPoint missed() {
        return missed;
    }

    public LocalDate nextExit() {
        return nextExit;
    }

    private static String message(LocalDate servedOn, BreakPoint missed, LocalDate exit, String reason) {
        String text = missed == null
                ? "Notice served on " + servedOn + " cannot take effect at a break: no break point is left before the"
                        + " membership ends; "
                : "Notice served on " + servedOn + " is after the last notice date " + missed.lastNoticeDate()
                        + " for the break on " + missed.breakDate() + "; ";
        return exit == null ? text + "the membership has already ended."
                : text + "the next date the membership can end is " + exit + " (" + reason + ").";
    }
}
