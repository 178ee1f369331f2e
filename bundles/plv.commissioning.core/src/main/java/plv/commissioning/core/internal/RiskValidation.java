package plv.commissioning.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import plv.commissioning.api.RiskAction;
import plv.commissioning.api.RiskCategory;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskDraft.ActionDraft;

/**
 * Checks a risk as typed and applies it to an entity only when every field is right, so that a refused form changes
 * nothing. Action fields are named {@code action1Description}, {@code action1Owner}, {@code action1DueDate}...
 */
final class RiskValidation {

    static final List<String> CATEGORY_IDS = Arrays.stream(RiskCategory.values()).map(RiskCategory::id).toList();

    /** The parsed further actions of a valid draft. */
    record Checked(List<RiskAction> actions) {
    }

    private RiskValidation() {
    }

    /**
     * @param previousTargetDate the stored target date of the risk being edited (a target date already past may stay)
     */
    static Checked apply(RiskDraft d, RiskEntity e, LocalDate today, LocalDate previousTargetDate) {
        FormFields f = new FormFields();
        String title = f.required("title", d.title(), 300);
        RiskCategory category = f.choice("category", d.category(), RiskCategory::byId, CATEGORY_IDS);
        String owner = f.required("owner", d.owner(), 200);
        int il = f.score("inherentLikelihood", d.inherentLikelihood());
        int ii = f.score("inherentImpact", d.inherentImpact());
        int cl = f.score("currentLikelihood", d.currentLikelihood());
        int ci = f.score("currentImpact", d.currentImpact());
        int tl = f.score("targetLikelihood", d.targetLikelihood());
        int ti = f.score("targetImpact", d.targetImpact());
        LocalDate targetDate = f.date("targetDate", d.targetDate(), false);
        if (targetDate != null && targetDate.isBefore(today) && !targetDate.equals(previousTargetDate)) {
            f.error("targetDate", "Target date " + targetDate + " is in the past; give a date from " + today + " on.");
        }
        String controls = f.optional("controls", d.controls(), 4000);
        List<RiskAction> actions = actions(f, d.actions());
        if (f.errors.isEmpty() && cl * ci > il * ii) {
            f.error("currentLikelihood", "The current score (" + cl * ci + ") is above the inherent score (" + il * ii
                    + "); the inherent score is the risk before any control, so it cannot be lower.");
        }
        if (f.errors.isEmpty() && tl * ti > cl * ci) {
            f.error("targetLikelihood", "The target score (" + tl * ti + ") is above the current score (" + cl * ci
                    + "); a target is where controls should bring the risk down to.");
        }
        f.throwIfAny();
        e.title = title;
        e.category = category.id();
        e.owner = owner;
        e.inherentLikelihood = il;
        e.inherentImpact = ii;
        e.currentLikelihood = cl;
        e.currentImpact = ci;
        e.targetLikelihood = tl;
        e.targetImpact = ti;
        e.targetDate = targetDate;
        e.controls = controls;
        return new Checked(actions);
    }

    private static List<RiskAction> actions(FormFields f, List<ActionDraft> drafts) {
        List<RiskAction> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ActionDraft a = drafts.get(i);
            String n = "action" + (i + 1);
            if (FormFields.clean(a.description()).isEmpty() && FormFields.clean(a.owner()).isEmpty() && FormFields.clean(a.dueDate()).isEmpty()) {
                continue;
            }
            String description = f.required(n + "Description", a.description(), 1000);
            String owner = f.required(n + "Owner", a.owner(), 200);
            LocalDate due = f.date(n + "DueDate", a.dueDate(), true);
            out.add(new RiskAction(description, owner, due));
        }
        return out;
    }
}
