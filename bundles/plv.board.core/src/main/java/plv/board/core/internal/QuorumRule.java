package plv.board.core.internal;

import plv.platform.api.ValidationException;

/**
 * A quorum as the articles state it: a number of people ("3") or a proportion of those entitled to attend ("50%").
 *
 * @param count   the fixed number, or 0 for a proportion
 * @param percent the proportion in whole percent, or 0 for a number
 */
record QuorumRule(int count, int percent) {

    /** Reads "3" or "50%". */
    static QuorumRule parse(String field, String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.endsWith("%")) {
                int p = Integer.parseInt(t.substring(0, t.length() - 1).trim());
                if (p >= 1 && p <= 100) {
                    return new QuorumRule(0, p);
                }
            } else {
                int n = Integer.parseInt(t);
                if (n >= 1) {
                    return new QuorumRule(n, 0);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException(field, "Quorum '" + text + "' is not a number of people (e.g. 3) or a percentage"
                + " from 1% to 100% (e.g. 50%).");
    }

    /** How many must be present when {@code entitled} people may attend. */
    int required(int entitled) {
        if (percent == 0) {
            return count;
        }
        return Math.max(1, (entitled * percent + 99) / 100);
    }

    @Override
    public String toString() {
        return percent == 0 ? String.valueOf(count) : percent + "%";
    }
}
