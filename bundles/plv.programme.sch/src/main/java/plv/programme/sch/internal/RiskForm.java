package plv.programme.sch.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plv.platform.api.FieldError;
import plv.platform.api.ValidationException;

/** Reads and checks a new risk from a submitted form; every problem names its field and the fix. */
final class RiskForm {

    static final Set<String> CATEGORIES = Set.of("safeguarding", "operational", "financial", "reputational", "regulatory");

    private final Map<String, String> form;
    private final List<FieldError> errors = new ArrayList<>();

    private RiskForm(Map<String, String> form) {
        this.form = form;
    }

    static RiskEntity parse(Map<String, String> form, LocalDate today) {
        RiskForm f = new RiskForm(form);
        RiskEntity e = new RiskEntity();
        e.title = f.text("title", 300);
        e.owner = f.text("owner", 200);
        e.category = f.text("category", 40);
        if (e.category != null && !CATEGORIES.contains(e.category)) {
            f.errors.add(new FieldError("category", "Category '" + e.category + "' is not known; choose one of " + String.join(", ", CATEGORIES.stream().sorted().toList())));
        }
        e.inherentLikelihood = f.score("inherentLikelihood");
        e.inherentImpact = f.score("inherentImpact");
        e.currentLikelihood = f.score("currentLikelihood");
        e.currentImpact = f.score("currentImpact");
        e.targetLikelihood = f.score("targetLikelihood");
        e.targetImpact = f.score("targetImpact");
        e.targetDate = f.date("targetDate", today);
        e.controls = form.getOrDefault("controls", "").strip();
        e.trend = "new";
        e.reviewedOn = today;
        if (f.errors.isEmpty() && e.targetLikelihood * e.targetImpact > e.currentLikelihood * e.currentImpact) {
            f.errors.add(new FieldError("targetLikelihood", "The target score (" + e.targetLikelihood * e.targetImpact
                    + ") is above the current score (" + e.currentLikelihood * e.currentImpact + "); a target is where controls should bring the risk down to."));
        }
        if (!f.errors.isEmpty()) {
            throw new ValidationException(f.errors);
        }
        return e;
    }

    private String text(String field, int max) {
        String v = form.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, label(field) + " is required."));
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, label(field) + " is " + v.length() + " characters long; shorten it to " + max + " or fewer."));
        }
        return v;
    }

    private int score(String field) {
        String v = form.getOrDefault(field, "").strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 5) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldError(field, label(field) + " must be a whole number from 1 to 5" + (v.isEmpty() ? "." : ", not '" + v + "'.")));
        return 1;
    }

    private LocalDate date(String field, LocalDate today) {
        String v = form.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.isBefore(today)) {
                errors.add(new FieldError(field, "Target date " + d + " is in the past; give a date from " + today + " on."));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Target date '" + v + "' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31."));
            return null;
        }
    }

    private static String label(String field) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
