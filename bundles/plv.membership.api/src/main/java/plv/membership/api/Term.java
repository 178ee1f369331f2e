package plv.membership.api;

import java.time.LocalDate;

/**
 * One term of an agreement: the initial term (number 0) or a renewal term (1, 2...).
 *
 * @param number 0 for the initial term, n for the n-th renewal
 * @param start  first day
 * @param end    last day (inclusive)
 * @param breakPoint the term's break point, or null when it has none
 */
public record Term(int number, LocalDate start, LocalDate end, BreakPoint breakPoint) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public String label() {
        return number == 0 ? "Initial term" : "Renewal term " + number;
    }
}
