package plv.programme.sch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Warns when free text looks like it identifies a child: a name, a date of birth or an address. A warning, not a
 * refusal (the words may be innocent); the form shows it and the text is kept only when the officer confirms.
 */
public final class IdentityCheck {

    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\b(dob|d\\.o\\.b|born|date of birth|birthday)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STREET = Pattern.compile(
            "\\b\\d+[a-z]?\\s+([A-Z][a-z]+\\s+){1,3}(road|street|st|avenue|ave|lane|close|drive|way|gardens|court|crescent|place|terrace|grove|hill|square|rise|mews)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_NAME = Pattern.compile("\\b(mr|mrs|ms|miss|master|mx)\\.?\\s+[A-Z][a-z]+|\\b(named|called|name is|known as)\\s+[A-Z][a-z]+");
    /** Two capitalised words together, not at the start of a sentence: a likely full name. */
    private static final Pattern TWO_NAMES = Pattern.compile("(?<![.!?:]\\s)(?<!^)\\b[A-Z][a-z]{1,20}\\s+[A-Z][a-z]{1,20}\\b");

    private IdentityCheck() {
    }

    /** The warnings for {@code text} (none for empty text), each naming what was seen. */
    public static List<String> warnings(String field, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        if (DATE.matcher(text).find()) {
            out.add(field + " looks like it contains a date of birth. The suite holds no child's date of birth: use the age band instead.");
        }
        if (POSTCODE.matcher(text).find() || STREET.matcher(text).find()) {
            out.add(field + " looks like it contains an address or postcode. The suite holds no child's address: remove it.");
        }
        if (TITLE_NAME.matcher(text).find() || TWO_NAMES.matcher(text).find()) {
            out.add(field + " looks like it contains a person's name. Refer to the child only by the council's pseudonymous reference.");
        }
        return out;
    }
}
