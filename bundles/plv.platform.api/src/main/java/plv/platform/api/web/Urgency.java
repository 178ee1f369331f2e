package plv.platform.api.web;

/** How soon something needs attention; the shell colours items by it. */
public enum Urgency {
    OVERDUE, URGENT, SOON, LATER, INFO;

    /** Urgency of a deadline {@code days} days away (negative when past). */
    public static Urgency ofDaysLeft(long days) {
        if (days < 0) {
            return OVERDUE;
        }
        if (days <= 14) {
            return URGENT;
        }
        if (days <= 30) {
            return SOON;
        }
        return LATER;
    }
}
