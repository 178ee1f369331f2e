package plv.membership.web.internal;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plv.membership.api.AgreementDates;
import plv.membership.api.ContributionSchedule;
import plv.membership.api.IssuedStatement;
import plv.membership.api.Member;
import plv.membership.api.MemberAgreement;
import plv.membership.api.Renewal;
import plv.membership.api.Term;
import plv.platform.api.money.Money;
import plv.platform.web.api.RecordMaps;

/** Records as plain maps for the templates and the JSON API: dates as ISO text, money as pounds text. */
final class Views {

    private Views() {
    }

    static Map<String, Object> map(Object record) {
        return RecordMaps.of(record);
    }

    static Map<String, Object> member(Member m, LocalDate today) {
        Map<String, Object> v = map(m);
        v.put("statusLabel", m.status().label());
        v.put("subRegionLabel", m.subRegion().label());
        v.put("representative", m.representativeOn(today).map(r -> r.personName()).orElse(""));
        return v;
    }

    /** An agreement with its computed dates in ISO form (for JSON) and as text (for pages). */
    static Map<String, Object> agreement(MemberAgreement a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", a.id());
        v.put("gssCode", a.gssCode());
        v.put("memberName", a.memberName());
        v.put("template", a.templateName());
        v.put("terms", map(a.terms()));
        v.put("joinedOn", a.joinedOn().toString());
        v.put("noticeServed", a.noticeServed());
        v.put("breakTakenOn", a.breakTakenOn() == null ? null : a.breakTakenOn().toString());
        v.put("dates", dates(a.dates()));
        v.put("renewal", renewal(a.renewal()));
        v.put("lastDay", a.lastDay() == null ? null : a.lastDay().toString());
        v.put("events", a.events().stream().map(Views::map).toList());
        return v;
    }

    static Map<String, Object> dates(AgreementDates d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("asOf", d.asOf().toString());
        v.put("currentTerm", term(d.currentTerm()));
        v.put("nextBreakDate", d.nextBreak() == null ? null : d.nextBreak().breakDate().toString());
        v.put("lastNoticeDate", d.nextBreak() == null ? null : d.nextBreak().lastNoticeDate().toString());
        v.put("termEnd", d.termEnd().toString());
        v.put("renewalDate", d.renewalDate() == null ? null : d.renewalDate().toString());
        v.put("nextTerm", d.nextTerm() == null ? null : term(d.nextTerm()));
        v.put("nextExit", d.nextExit() == null ? null : d.nextExit().toString());
        v.put("membershipEnd", d.membershipEnd().toString());
        return v;
    }

    /** {@code status} NOT_RATIFIED or RATIFIED, with the ratifying decision when there is one. */
    static Map<String, Object> renewal(Renewal r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", r.status().name());
        v.put("termNumber", r.termNumber());
        v.put("startsOn", r.startsOn() == null ? null : r.startsOn().toString());
        v.put("ratifyBy", r.ratifyBy() == null ? null : r.ratifyBy().toString());
        v.put("ratifiedOn", r.ratifiedOn() == null ? null : r.ratifiedOn().toString());
        v.put("decisionMaker", r.decisionMaker());
        v.put("decisionReference", r.decisionReference());
        return v;
    }

    static Map<String, Object> term(Term t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("number", t.number());
        v.put("label", t.label());
        v.put("start", t.start().toString());
        v.put("end", t.end().toString());
        v.put("breakDate", t.breakPoint() == null ? null : t.breakPoint().breakDate().toString());
        v.put("lastNoticeDate", t.breakPoint() == null ? null : t.breakPoint().lastNoticeDate().toString());
        return v;
    }

    /** A schedule with money as exact pounds text ("20000.00") and pence, for JSON and CSV. */
    static Map<String, Object> schedule(ContributionSchedule s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("financialYear", s.financialYear());
        v.put("label", s.label());
        v.put("start", s.start().toString());
        v.put("end", s.end().toString());
        v.put("model", s.model() == null ? null : s.model().name());
        v.put("periods", s.periods().stream().map(p -> {
            Map<String, Object> m = map(p);
            m.put("total", Money.plain(p.totalPence()));
            m.put("totalText", Money.format(p.totalPence()));
            return m;
        }).toList());
        v.put("lines", s.lines().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gssCode", l.gssCode());
            m.put("memberName", l.memberName());
            m.put("daysAsMember", l.daysAsMember());
            m.put("periodPence", l.periodPence());
            m.put("periods", l.periodPence().stream().map(Money::format).toList());
            m.put("totalPence", l.totalPence());
            m.put("total", Money.plain(l.totalPence()));
            m.put("totalText", Money.format(l.totalPence()));
            m.put("incomeOffset", Money.plain(l.incomeOffsetPence()));
            m.put("offsetPence", l.incomeOffsetPence());
            return m;
        }).toList());
        v.put("totalPence", s.totalPence());
        v.put("total", Money.plain(s.totalPence()));
        v.put("totalText", Money.format(s.totalPence()));
        v.put("working", s.working());
        return v;
    }

    /** An issued statement: its number, who and when, the SHA-256, and for a correction the difference per member. */
    static Map<String, Object> issued(IssuedStatement i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", i.id());
        v.put("financialYear", i.financialYear());
        v.put("issuedOn", i.issuedOn().toString());
        v.put("issuedBy", i.issuedBy());
        v.put("correctsId", i.correctsId());
        v.put("reason", i.reason());
        v.put("sha256", i.sha256());
        v.put("total", Money.plain(i.schedule().totalPence()));
        v.put("totalText", Money.format(i.schedule().totalPence()));
        v.put("differences", i.differences().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gssCode", d.gssCode());
            m.put("memberName", d.memberName());
            m.put("previous", Money.plain(d.previousPence()));
            m.put("now", Money.plain(d.newPence()));
            m.put("difference", Money.plain(d.differencePence()));
            m.put("differenceText", Money.format(d.differencePence()));
            return m;
        }).toList());
        return v;
    }

    static List<String> csvLine(String... fields) {
        return List.of(fields);
    }
}
