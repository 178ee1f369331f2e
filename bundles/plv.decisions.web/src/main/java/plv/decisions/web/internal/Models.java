package plv.decisions.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plv.decisions.api.CouncilDecision;
import plv.decisions.api.CouncilStanding;
import plv.decisions.api.Delegation;
import plv.decisions.api.MonitoringOfficerReview;
import plv.decisions.api.OfficerDecision;
import plv.decisions.api.ReviewCase;
import plv.platform.api.money.Money;
import plv.platform.web.api.RecordMaps;

/**
 * Records as plain maps, for the JSON API and the templates alike: dates as ISO text, enums by name, with the
 * identifying fields ({@code id}, {@code councilGss}) at the top level.
 */
final class Models {

    private Models() {
    }

    static Map<String, Object> map(Object record) {
        return RecordMaps.of(record);
    }

    static Map<String, Object> decision(CouncilDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("version", d.version());
        m.put("councilGss", d.councilGss());
        m.put("councilName", d.councilName());
        m.putAll(map(d.details()));
        m.put("decisionMakerLabel", d.details().decisionMaker().label());
        m.put("statusLabel", d.details().status().label());
        m.put("noticeExceptionLabel", d.details().noticeException().label());
        m.put("callInEnds", d.callInEnds() == null ? null : d.callInEnds().toString());
        m.put("warnings", d.warnings().stream().map(Models::map).toList());
        m.put("withheld", d.withheld());
        return m;
    }

    static Map<String, Object> delegation(Delegation d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("version", d.version());
        m.put("councilDecisionId", d.councilDecisionId());
        m.put("councilGss", d.councilGss());
        m.putAll(map(d.terms()));
        m.put("financialLimit", d.terms().financialLimitPence() == null ? null : Money.format(d.terms().financialLimitPence()));
        return m;
    }

    static Map<String, Object> officerDecision(OfficerDecision o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("version", o.version());
        m.put("delegationId", o.delegationId());
        m.put("councilGss", o.councilGss());
        m.putAll(map(o.record()));
        m.put("value", o.record().valuePence() == null ? null : Money.format(o.record().valuePence()));
        m.put("reviewStatus", o.reviewStatus().name());
        m.put("reviewStatusLabel", o.reviewStatus().label());
        m.put("reviewDue", o.reviewDue().toString());
        m.put("overdue", o.overdue());
        m.put("openQuery", o.openQuery());
        m.put("queryAnswer", o.queryAnswer());
        m.put("withheld", o.withheld());
        m.put("warnings", o.warnings().stream().map(Models::map).toList());
        return m;
    }

    static Map<String, Object> review(MonitoringOfficerReview r) {
        Map<String, Object> m = map(r);
        m.put("id", r.id());
        m.put("outcomeLabel", r.outcome().label());
        m.put("reviewedAt", r.reviewedAt().toString());
        return m;
    }

    static Map<String, Object> reviewCase(ReviewCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", officerDecision(c.record()));
        m.put("delegation", delegation(c.delegation()));
        m.put("decision", decision(c.councilDecision()));
        m.put("reviews", c.reviews().stream().map(Models::review).toList());
        m.put("checks", c.checks().stream().map(Models::map).toList());
        m.put("checksPassed", c.checksPassed());
        return m;
    }

    static Map<String, Object> standing(CouncilStanding s) {
        Map<String, Object> m = map(s);
        m.put("gss", s.authority().gss());
        m.put("name", s.authority().name());
        m.put("subRegion", s.authority().subRegion());
        m.put("standingLabel", s.standing().label());
        m.put("decisionMakerLabel", s.decisionMaker() == null ? "" : s.decisionMaker().label());
        return m;
    }

    static List<Map<String, Object>> decisions(List<CouncilDecision> list) {
        return list.stream().map(Models::decision).toList();
    }
}
