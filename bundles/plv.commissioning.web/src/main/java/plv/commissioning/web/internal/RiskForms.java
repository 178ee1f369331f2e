package plv.commissioning.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plv.commissioning.api.Risk;
import plv.commissioning.api.RiskAction;
import plv.commissioning.api.RiskDraft;
import plv.commissioning.api.RiskDraft.ActionDraft;

/** Between the risk form's fields and the risk log's records. */
final class RiskForms {

    /** Empty rows offered for further actions beyond those recorded. */
    static final int SPARE_ACTION_ROWS = 2;

    private RiskForms() {
    }

    static RiskDraft draft(Map<String, String> form) {
        List<ActionDraft> actions = new ArrayList<>();
        for (int i = 1; form.containsKey("action" + i + "Description"); i++) {
            actions.add(new ActionDraft(form.get("action" + i + "Description"), form.get("action" + i + "Owner"), form.get("action" + i + "DueDate")));
        }
        return new RiskDraft(form.get("title"), form.get("category"), form.get("owner"), form.get("inherentLikelihood"),
                form.get("inherentImpact"), form.get("currentLikelihood"), form.get("currentImpact"), form.get("targetLikelihood"),
                form.get("targetImpact"), form.get("targetDate"), form.get("controls"), actions);
    }

    /** The form filled in from a stored risk, for editing. */
    static Map<String, String> form(Risk r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", r.title());
        f.put("category", r.category().id());
        f.put("owner", r.owner());
        f.put("inherentLikelihood", String.valueOf(r.inherent().likelihood()));
        f.put("inherentImpact", String.valueOf(r.inherent().impact()));
        f.put("currentLikelihood", String.valueOf(r.current().likelihood()));
        f.put("currentImpact", String.valueOf(r.current().impact()));
        f.put("targetLikelihood", String.valueOf(r.target().likelihood()));
        f.put("targetImpact", String.valueOf(r.target().impact()));
        f.put("targetDate", r.targetDate() == null ? "" : r.targetDate().toString());
        f.put("controls", r.controls());
        f.put("version", String.valueOf(r.version()));
        int i = 1;
        for (RiskAction a : r.actions()) {
            f.put("action" + i + "Description", a.description());
            f.put("action" + i + "Owner", a.owner());
            f.put("action" + i + "DueDate", String.valueOf(a.dueDate()));
            i++;
        }
        return f;
    }

    /** How many action rows the form shows: those typed or stored, plus spare ones. */
    static int actionRows(Map<String, String> form) {
        int n = 0;
        while (form.containsKey("action" + (n + 1) + "Description")) {
            n++;
        }
        int filled = 0;
        for (int i = 1; i <= n; i++) {
            if (!form.getOrDefault("action" + i + "Description", "").isBlank() || !form.getOrDefault("action" + i + "Owner", "").isBlank()
                    || !form.getOrDefault("action" + i + "DueDate", "").isBlank()) {
                filled = i;
            }
        }
        return Math.max(n, filled + SPARE_ACTION_ROWS);
    }
}
